import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { normalizeText } from '../../../src/domain/text/normalize-text';
import type { Annotation, Article, Outlet } from '../../../src/domain/types';
import { makeArticle, makeOutlet, sha256 } from '../domain/exchange/sample-data';

/** Shared material of the files-*.test.ts tests: seed articles, an assignment, annotations. */

const repoRoot = path.resolve(__dirname, '../../..');

export function readFixture(kind: 'assignment' | 'submission' | 'feedback'): unknown {
  const file = path.join(repoRoot, 'tests/fixtures/classroom', `${kind}.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

interface SeedEntry {
  file: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
  language: string;
}

/** The five seed articles as a library holds them, with their outlets. */
export function seedLibrary(): { outlets: Outlet[]; articles: Article[] } {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'seeds/seeds.json'), 'utf8')) as {
    articles: SeedEntry[];
  };
  const outlets: Outlet[] = [];
  const articles = manifest.articles.map((entry, index) => {
    const text = normalizeText(readFileSync(path.join(repoRoot, 'seeds', entry.file), 'utf8'));
    const outlet = makeOutlet(`outlet-${index}`, entry.outlet);
    outlets.push(outlet);
    const article = makeArticle(`seed-${index}`, outlet.id, entry.title, text, entry.url);
    return { ...article, published: entry.published, textHash: sha256(text) };
  });
  return { outlets, articles };
}

export function makeAssignment(
  articleIds: string[],
  overrides: Partial<Assignment> = {},
): Assignment {
  return {
    id: '0193a1b2-0000-7000-8000-00000000a001',
    revision: 3,
    role: 'teacher',
    title: 'Naming the fighters',
    instructions: 'Mark every word that names a side.',
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-02T08:00:00.000Z',
    dueDate: '2026-12-20',
    teacher: { id: 'teacher-1', name: 'Ms Haddad' },
    mode: { suggestions: false, outletBlind: false },
    articleIds,
    outletCodes: {},
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
    ...overrides,
  };
}

export const CODEBOOK = defaultCodebook;
export const LEXICON = defaultLexicon;

/** An accepted annotation on `article` at [start, end), quoting the text there. */
export function annotationOn(
  article: Article,
  id: string,
  start: number,
  end: number,
  annotatorId: string,
  changes: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    articleId: article.id,
    start,
    end,
    exact: article.text.slice(start, end),
    prefix: article.text.slice(Math.max(0, start - 32), start),
    suffix: article.text.slice(end, end + 32),
    labelId: 'loaded-language',
    target: null,
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId,
    status: 'accepted',
    createdAt: '2026-12-03T09:00:00.000Z',
    updatedAt: '2026-12-03T09:00:00.000Z',
    deleted: 0,
    ...changes,
  };
}
