/** "Candidate loaded terms": words and phrases distinctive of one outlet in the raw text. */
export function DiscoveryPage() {
  return (
    <section aria-labelledby="discovery-heading">
      <h1 id="discovery-heading" className="text-xl font-semibold">
        Candidate loaded terms
      </h1>
    </section>
  );
}
