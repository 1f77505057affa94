interface AgreementPageProps {
  /** Opened from an assignment: its articles are chosen to start with. */
  assignmentId?: string;
}

export function AgreementPage({ assignmentId }: AgreementPageProps) {
  return (
    <section aria-labelledby="agreement-title">
      <h1 id="agreement-title" className="text-2xl font-semibold">
        Agreement
      </h1>
      <p className="mt-2 text-sm" data-assignment={assignmentId}>
        Coming in this issue.
      </p>
    </section>
  );
}
