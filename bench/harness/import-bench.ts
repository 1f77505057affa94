import { FrameLensDatabase } from '../../src/db/database';
import { serializeNative } from '../../src/domain/exchange/native-format';
import { generateCorpus, type GeneratedCorpus } from '../corpus/generate-corpus';
import { corpusSource } from './corpus-source';

const student = { id: 'bench-student', name: 'Student', role: 'student' as const };
let corpus: GeneratedCorpus | null = null;

async function importCorpus(articles: number, annotationsPerArticle: number) {
  const { sentences, outletNames } = await corpusSource();
  corpus ??= await generateCorpus(
    sentences,
    { articles, wordsPerArticle: annotationsPerArticle * 2, annotationsPerArticle },
    { seed: 30_000, outletNames, annotator: student },
  );
  return corpus;
}

/** A class hand-in: a native FrameLens file with article texts and every annotation. */
export async function buildImportFile(articles: number, annotationsPerArticle: number) {
  const {
    outlets,
    articles: stored,
    annotations,
    annotator,
  } = await importCorpus(articles, annotationsPerArticle);
  const content = serializeNative(
    { outlets, articles: stored, annotations, annotators: [annotator] },
    { includeTexts: true, exportedAt: '2026-11-20T12:00:00.000Z' },
  );
  return { content, annotations: annotations.length, articles: stored.length };
}

/**
 * The floor: Dexie `bulkPut` of the same rows (outlets, articles with their texts, the
 * annotator, the annotations) into an empty database with the app's schema, in one transaction.
 */
export async function rawBulkPut(articles: number, annotationsPerArticle: number) {
  const rows = await importCorpus(articles, annotationsPerArticle);
  const database = new FrameLensDatabase('framelens-bench-raw');
  await database.delete();
  await database.open();
  const started = performance.now();
  await database.transaction(
    'rw',
    [database.outlets, database.articles, database.annotators, database.annotations],
    async () => {
      await database.outlets.bulkPut(rows.outlets);
      await database.articles.bulkPut(rows.articles);
      await database.annotators.bulkPut([rows.annotator]);
      await database.annotations.bulkPut(rows.annotations);
    },
  );
  const ms = performance.now() - started;
  const stored = await database.annotations.count();
  database.close();
  await database.delete();
  return { ms, stored };
}
