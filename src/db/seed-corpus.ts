import seedManifest from '../../seeds/seeds.json';

export interface SeedArticle {
  file: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
  language: string;
  text: string;
}

interface SeedManifestEntry {
  file: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
  language: string;
}

// Texts load lazily (their own chunk): they are only needed on first run and on restore.
const seedTexts = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
});

export async function loadSeedArticles(): Promise<SeedArticle[]> {
  const entries = (seedManifest as { articles: SeedManifestEntry[] }).articles;
  return Promise.all(
    entries.map(async (entry) => {
      const load = seedTexts[`../../seeds/${entry.file}`];
      if (!load) throw new Error(`Seed text ${entry.file} is missing from the build.`);
      return { ...entry, text: await load() };
    }),
  );
}
