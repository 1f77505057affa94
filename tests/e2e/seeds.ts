import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedInfo {
  file: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
  text: string;
}

const manifest = JSON.parse(readFileSync(join('seeds', 'seeds.json'), 'utf8')) as {
  articles: Omit<SeedInfo, 'text'>[];
};

export const seeds: SeedInfo[] = manifest.articles.map((entry) => ({
  ...entry,
  text: readFileSync(join('seeds', entry.file), 'utf8'),
}));
