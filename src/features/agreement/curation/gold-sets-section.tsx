interface GoldSetsSectionProps {
  /** The annotators and articles chosen on the Agreement page: what a new curation curates. */
  annotatorIds: readonly string[];
  articleIds: readonly string[];
}

/** The Agreement page's "Gold sets": start curating the chosen spans, or continue a curation. */
export function GoldSetsSection({ annotatorIds, articleIds }: GoldSetsSectionProps) {
  return (
    <section aria-labelledby="gold-sets-title">
      <h2 id="gold-sets-title" className="text-lg font-semibold">
        Gold sets
      </h2>
      <p className="text-sm">
        {annotatorIds.length} annotators, {articleIds.length} articles
      </p>
    </section>
  );
}
