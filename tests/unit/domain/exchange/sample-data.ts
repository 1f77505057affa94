import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import { outletNameKey } from '../../../../src/domain/outlet-name';
import { quoteSelector } from '../../../../src/domain/text/quote-selector';
import type { ExportScope } from '../../../../src/domain/exchange/native-format';
import type { Annotation, Annotator, Article, Outlet, Voice } from '../../../../src/domain/types';

export const repoRoot = path.resolve(__dirname, '../../../..');

export function readSeed(file: string): string {
  return readFileSync(path.join(repoRoot, 'seeds', file), 'utf8');
}

export const SEED_FILES = [
  '000_a4f1db5a2ec62c43.txt',
  '001_a45611875bf41e14.txt',
  '002_cdcffd330fd263b3.txt',
  '003_b092ba4912c941de.txt',
  '004_d8acdea6ba6ec6bd.txt',
] as const;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * "🇸🇾" is two regional-indicator symbols, each outside the BMP: 2 code points, 4 UTF-16
 * units. So every offset after the flag is 2 larger in UTF-16 than in code points.
 */
export const EMOJI_TEXT = '🇸🇾 Syria: the militants advanced on Aleppo, officials said.';

export function makeOutlet(id: string, name: string): Outlet {
  return { id, name, nameKey: outletNameKey(name) };
}

export function makeArticle(
  id: string,
  outletId: string,
  title: string,
  text: string,
  url: string | null,
): Article {
  return {
    id,
    outletId,
    title,
    url,
    published: '2024-11-28',
    language: 'en',
    text,
    textHash: sha256(text),
    wordCount: text.split(/\s+/).filter(Boolean).length,
    source: 'seed',
    addedAt: '2026-11-20T10:00:00.000Z',
  };
}

interface SpanSpec {
  id: string;
  article: Article;
  /** The word to annotate and which occurrence of it (0-based). */
  word: string;
  occurrence?: number;
  labelId: string;
  target?: string | null;
  valence?: number;
  voice?: Voice;
  annotatorId?: string;
  note?: string;
  status?: Annotation['status'];
  deleted?: 0 | 1;
  time?: string;
}

export function nthIndexOf(text: string, word: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(word, at + 1);
    if (at === -1) throw new Error(`"${word}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

export function makeAnnotation(spec: SpanSpec): Annotation {
  const start = nthIndexOf(spec.article.text, spec.word, spec.occurrence);
  const time = spec.time ?? '2026-11-21T09:00:00.000Z';
  const end = start + spec.word.length;
  return {
    id: spec.id,
    articleId: spec.article.id,
    start,
    end,
    ...quoteSelector(spec.article.text, start, end),
    labelId: spec.labelId,
    target: spec.target === undefined ? 'hts' : spec.target,
    valence: spec.valence ?? 0,
    voice: spec.voice ?? 'own',
    note: spec.note ?? '',
    annotatorId: spec.annotatorId ?? 'ann-1',
    status: spec.status ?? 'accepted',
    createdAt: '2026-11-21T09:00:00.000Z',
    updatedAt: time,
    deleted: spec.deleted ?? 0,
  };
}

/** A scope with three articles (two seeds and the emoji text) and a varied set of annotations. */
export function sampleScope(): ExportScope & {
  articles: Article[];
  annotations: Annotation[];
  annotators: Annotator[];
  outlets: Outlet[];
} {
  const outlets = [makeOutlet('out-levant', 'Levant24'), makeOutlet('out-rt', 'RT')];
  const levant = makeArticle(
    'art-levant',
    'out-levant',
    'HTS Commandos Capture Regime Soldiers in Retaliatory Operation',
    readSeed(SEED_FILES[0]),
    'https://levant24.com/news/2024/09/hts-commandos-capture-regime-soldiers-in-retaliatory-operation',
  );
  const rt = makeArticle(
    'art-rt',
    'out-rt',
    'Syrian military outlines response to terrorist offensive',
    readSeed(SEED_FILES[4]),
    null,
  );
  const emoji = makeArticle('art-emoji', 'out-rt', 'Emoji test', EMOJI_TEXT, null);
  const annotators: Annotator[] = [
    { id: 'ann-1', name: 'Rana', role: 'student' },
    { id: '0192f3a4-5b6c-7d8e-9f00-112233445566', name: 'Teacher <b>Ali</b>', role: 'teacher' },
  ];
  const teacher = annotators[1]?.id ?? '';
  const annotations = [
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000001',
      article: levant,
      word: 'commando unit',
      labelId: 'actor-label',
      valence: 1,
    }),
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000002',
      article: levant,
      word: 'Assad regime',
      labelId: 'actor-label',
      target: 'syrian-government',
      valence: -2,
    }),
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000003',
      article: levant,
      word: 'precision',
      labelId: 'loaded-language',
      voice: 'quoted',
      valence: 2,
      note: 'Scare quotes?\n<script>alert("x")</script> & "more"',
      annotatorId: teacher,
    }),
    makeAnnotation({
      id: 'not-a-uuid/with spaces',
      article: levant,
      word: 'infiltrated',
      labelId: 'action-framing',
      target: null,
    }),
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000005',
      article: rt,
      word: 'terrorists',
      occurrence: 1,
      labelId: 'actor-label',
      voice: 'quoted',
      valence: -2,
    }),
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000006',
      article: rt,
      word: 'acknowledged',
      labelId: 'attribution-doubt',
      target: 'syrian-government',
      voice: 'own',
      valence: -1,
    }),
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000007',
      article: emoji,
      word: 'militants',
      labelId: 'actor-label',
      valence: -1,
    }),
    // Not carried by W3C / Label Studio / doccano: a rejected suggestion and a tombstone.
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000008',
      article: rt,
      word: 'militants',
      labelId: 'actor-label',
      status: 'rejected-suggestion',
    }),
    makeAnnotation({
      id: '0192f3a4-0000-7000-8000-000000000009',
      article: levant,
      word: 'aggression',
      labelId: 'loaded-language',
      deleted: 1,
      time: '2026-11-22T09:00:00.000Z',
    }),
  ];
  return {
    codebook: defaultCodebook,
    outlets,
    articles: [levant, rt, emoji],
    annotations,
    annotators,
  };
}

/** The annotations the foreign formats carry: accepted and live. */
export function carried(annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter((a) => a.deleted === 0 && a.status === 'accepted');
}
