import { becomeAnnotator, db, ensureSeeded } from '../../src/db';
import type { Annotator } from '../../src/domain/types';
import { generateCorpus, type CorpusSize, type GeneratedCorpus } from '../corpus/generate-corpus';
import { corpusSource } from './corpus-source';

/**
 * The app's own database as a first start leaves it (sample articles, codebook, lexicon) plus
 * a named current annotator, who owns every generated annotation.
 */
export async function prepareAppDatabase(): Promise<Annotator> {
  await ensureSeeded(db);
  return becomeAnnotator('Benchmark annotator');
}

/** Generates a corpus and stores it in the app's database, reusing outlets by name. */
export async function storeGeneratedCorpus(
  size: CorpusSize,
  seed: number,
): Promise<GeneratedCorpus> {
  const annotator = await prepareAppDatabase();
  const { sentences, outletNames } = await corpusSource();
  const corpus = await generateCorpus(sentences, size, { seed, outletNames, annotator });
  await db.transaction('rw', [db.outlets, db.articles, db.annotations], async () => {
    const existing = new Map(
      (await db.outlets.toArray()).map((outlet) => [outlet.nameKey, outlet]),
    );
    const outletIds = new Map<string, string>();
    for (const outlet of corpus.outlets) {
      const same = existing.get(outlet.nameKey);
      if (same) outletIds.set(outlet.id, same.id);
      else await db.outlets.put(outlet);
    }
    await db.articles.bulkPut(
      corpus.articles.map((article) => ({
        ...article,
        outletId: outletIds.get(article.outletId) ?? article.outletId,
      })),
    );
    await db.annotations.bulkPut(corpus.annotations);
  });
  return corpus;
}
