import { quoteSelector } from '../../src/domain/text/quote-selector';
import { defaultCodebook } from '../../src/domain/default-codebook';
import { sha256Hex } from '../../src/domain/hash';
import { outletNameKey } from '../../src/domain/outlet-name';
import { normalizeText } from '../../src/domain/text/normalize-text';
import type { Annotation, Annotator, Article, Outlet, Voice } from '../../src/domain/types';
import { SeededRandom } from './seeded-random';
import type { Sentence } from './seed-sentences';

export interface CorpusSize {
  articles: number;
  /** Each article is built up to at least this many words (whole sentences). */
  wordsPerArticle: number;
  /** When set, each article stops before a sentence would take it past this many characters. */
  charsPerArticle?: number;
  /** All sentences in one paragraph (no line breaks): the hardest text for the reader to lay out. */
  singleParagraph?: boolean;
  annotationsPerArticle: number;
}

export interface GeneratedCorpus {
  outlets: Outlet[];
  articles: Article[];
  annotations: Annotation[];
  annotator: Annotator;
}

export interface CorpusOptions {
  seed: number;
  outletNames: readonly string[];
  /** The annotator every generated annotation belongs to. */
  annotator?: Annotator;
}

const BASE_TIME = Date.UTC(2025, 0, 1);
const voices: Voice[] = ['own', 'own', 'own', 'quoted', 'attributed'];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

const isoAt = (seconds: number) => new Date(BASE_TIME + seconds * 1000).toISOString();

/**
 * Text of about `targetWords` words: whole seed sentences, 2–5 to a paragraph; never longer
 * than `maxChars` (it stops at the first sentence that would not fit); `separator` joins the
 * paragraphs (a space: one paragraph).
 */
export function generateText(
  random: SeededRandom,
  sentences: readonly Sentence[],
  targetWords: number,
  maxChars = Infinity,
  separator = '\n\n',
): { text: string; wordCount: number } {
  const paragraphs: string[] = [];
  let wordCount = 0;
  // Characters of the paragraphs joined so far, separators included.
  let length = -separator.length;
  let full = false;
  while (wordCount < targetWords && !full) {
    const count = random.int(2, 5);
    const paragraph: string[] = [];
    let paragraphLength = -1;
    for (let i = 0; i < count && wordCount < targetWords; i += 1) {
      const sentence = random.pick(sentences);
      const grown = paragraphLength + 1 + sentence.text.length;
      if (length + separator.length + grown > maxChars) {
        full = true;
        break;
      }
      paragraph.push(sentence.text);
      paragraphLength = grown;
      wordCount += sentence.words;
    }
    if (paragraph.length === 0) break;
    paragraphs.push(paragraph.join(' '));
    length += separator.length + paragraphLength;
  }
  return { text: normalizeText(paragraphs.join(separator)), wordCount };
}

/** Plain text of at least `chars` UTF-16 code units, for scanning benchmarks. */
export function generateScanText(sentences: readonly Sentence[], chars: number, seed: number) {
  const random = new SeededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const { text } = generateText(random, sentences, 2_000);
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

/** One- or two-word spans at random word positions; overlaps happen, as they do in real work. */
function pickSpans(random: SeededRandom, text: string, count: number) {
  const words = Array.from(text.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  if (count > words.length) {
    throw new Error(`Cannot place ${count} annotations on ${words.length} words.`);
  }
  const used = new Set<number>();
  const spans: { start: number; end: number }[] = [];
  while (spans.length < count) {
    const index = random.int(0, words.length - 1);
    if (used.has(index)) continue;
    used.add(index);
    const first = words[index]!;
    const next = words[index + 1];
    const end = next && random.chance(0.3) ? next.end : first.end;
    spans.push({ start: first.start, end });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A deterministic corpus: the same sentences, size and seed give the same articles, ids,
 * hashes and annotations on every machine.
 */
export async function generateCorpus(
  sentences: readonly Sentence[],
  size: CorpusSize,
  options: CorpusOptions,
): Promise<GeneratedCorpus> {
  const random = new SeededRandom(options.seed);
  const prefix = `bench-${options.seed}`;
  const annotator = options.annotator ?? {
    id: `${prefix}-annotator`,
    name: 'Benchmark annotator',
    role: 'annotator' as const,
  };
  const outlets = options.outletNames.map((name, index) => ({
    id: `${prefix}-outlet-${index}`,
    name,
    nameKey: outletNameKey(name),
  }));
  const labelIds = defaultCodebook.labels.map((label) => label.id);
  const actorIds = defaultCodebook.actors.map((actor) => actor.id);
  const articles: Article[] = [];
  const annotations: Annotation[] = [];

  for (let a = 0; a < size.articles; a += 1) {
    const { text, wordCount } = generateText(
      random,
      sentences,
      size.wordsPerArticle,
      size.charsPerArticle,
      size.singleParagraph ? ' ' : '\n\n',
    );
    const articleId = `${prefix}-article-${a}`;
    const month = String(random.int(1, 12)).padStart(2, '0');
    const day = String(random.int(1, 28)).padStart(2, '0');
    articles.push({
      id: articleId,
      outletId: random.pick(outlets).id,
      title: `${text.slice(0, 60).trim()}… (${a + 1})`,
      url: null,
      published: `${random.int(2024, 2025)}-${month}-${day}`,
      language: 'en',
      text,
      textHash: await sha256Hex(text),
      wordCount,
      source: 'paste',
      addedAt: isoAt(a),
    });
    pickSpans(random, text, size.annotationsPerArticle).forEach((span, n) => {
      const at = isoAt(a * 10_000 + n);
      annotations.push({
        id: `${prefix}-a${a}-n${n}`,
        articleId,
        ...span,
        ...quoteSelector(text, span.start, span.end),
        labelId: random.pick(labelIds),
        target: random.chance(0.7) ? random.pick(actorIds) : null,
        valence: random.int(-2, 2),
        voice: random.pick(voices),
        note: '',
        annotatorId: annotator.id,
        status: 'accepted',
        createdAt: at,
        updatedAt: at,
        deleted: 0,
      });
    });
  }
  return { outlets, articles, annotations, annotator };
}
