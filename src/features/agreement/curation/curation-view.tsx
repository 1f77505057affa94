export function CurationView({ curationId }: { curationId: string }) {
  return (
    <section aria-labelledby="curation-title" data-curation={curationId}>
      <h1 id="curation-title" className="text-2xl font-semibold">
        Curate
      </h1>
    </section>
  );
}
