import { defaultCodebook } from '../domain/default-codebook';
import { defaultLexicon } from '../domain/lexicon/default-lexicon';
import { firstReleaseIds } from '../domain/lexicon/shipped/first-release-ids';
import { sha256Hex } from '../domain/hash';
import { cleanOutletName, outletNameKey } from '../domain/outlet-name';
import { normalizeText } from '../domain/text/normalize-text';
import { countWords } from '../domain/text/word-count';
import type { Article, MetaRecord, Outlet } from '../domain/types';
import type { FrameLensDatabase } from './database';
import { newId, nowIso } from './ids';
import { loadSeedArticles } from './seed-corpus';

const SEEDED_KEY = 'seeded';
/** The ids of every shipped lexicon entry this database has been offered (string[]). */
const SHIPPED_IDS_KEY = 'shippedLexiconIds';

interface PreparedSeed {
  outletName: string;
  article: Omit<Article, 'outletId'>;
}

async function prepareSeeds(): Promise<PreparedSeed[]> {
  const seeds = await loadSeedArticles();
  const addedAt = nowIso();
  return Promise.all(
    seeds.map(async (seed) => {
      const text = normalizeText(seed.text);
      const textHash = await sha256Hex(text);
      return {
        outletName: cleanOutletName(seed.outlet),
        article: {
          // Deterministic ids: two tabs seeding at once, or a restore, name the same records.
          id: `seed-${textHash.slice(0, 16)}`,
          title: seed.title,
          url: seed.url,
          published: seed.published,
          language: seed.language,
          text,
          textHash,
          wordCount: countWords(text),
          source: 'seed' as const,
          addedAt,
        },
      };
    }),
  );
}

/**
 * Adds the seed articles whose text is not already stored, reusing outlets by name.
 * Runs in one transaction; hashing happens before it (a transaction cannot await crypto).
 */
async function addMissingSeeds(
  database: FrameLensDatabase,
  prepared: PreparedSeed[],
  onlyIfNeverSeeded: boolean,
): Promise<number> {
  return database.transaction(
    'rw',
    [database.outlets, database.articles, database.meta, database.codebooks, database.lexicon],
    async () => {
      const seededBefore = Boolean(await database.meta.get(SEEDED_KEY));
      if (onlyIfNeverSeeded && seededBefore) return 0;
      let added = 0;
      for (const { outletName, article } of prepared) {
        if (await database.articles.where('textHash').equals(article.textHash).count()) continue;
        const outletId = await findOrCreateOutlet(database, outletName);
        await database.articles.add({ ...article, outletId });
        added += 1;
      }
      if (!(await database.codebooks.get(defaultCodebook.id))) {
        await database.codebooks.add(structuredClone(defaultCodebook));
      }
      // The shipped lexicon is loaded once; afterwards it is the person's to edit.
      if (!seededBefore && (await database.lexicon.count()) === 0) {
        await database.lexicon.bulkAdd(structuredClone(defaultLexicon));
      }
      if (!seededBefore) await recordShippedIds(database, []);
      await database.meta.put({ key: SEEDED_KEY, value: nowIso() });
      return added;
    },
  );
}

/** Must be called inside a transaction that includes `outlets`. */
export async function findOrCreateOutlet(
  database: FrameLensDatabase,
  name: string,
): Promise<string> {
  const nameKey = outletNameKey(name);
  const existing = await database.outlets.where('nameKey').equals(nameKey).first();
  if (existing) return existing.id;
  const outlet: Outlet = { id: newId(), name: cleanOutletName(name), nameKey };
  await database.outlets.add(outlet);
  return outlet.id;
}

/** Must be called inside a transaction that includes `meta`. */
async function recordShippedIds(database: FrameLensDatabase, offered: Iterable<string>) {
  const ids = new Set([...offered, ...defaultLexicon.map((item) => item.id)]);
  await database.meta.put({ key: SHIPPED_IDS_KEY, value: [...ids] });
}

/** What a database was offered; one seeded before the ids were recorded got the first release. */
function offeredIds(record: MetaRecord | undefined): Set<string> {
  if (!record || !Array.isArray(record.value)) return new Set(firstReleaseIds);
  return new Set(record.value.filter((id): id is string => typeof id === 'string'));
}

/**
 * Adds the shipped lexicon entries this database has never been offered (a newer version of
 * FrameLens ships more). Entries the person edited or deleted are never touched: an entry is
 * offered once, by id. Returns how many were added.
 */
async function offerNewShippedEntries(database: FrameLensDatabase): Promise<number> {
  return database.transaction('rw', [database.lexicon, database.meta], async () => {
    const record = await database.meta.get(SHIPPED_IDS_KEY);
    const offered = offeredIds(record);
    const fresh = defaultLexicon.filter((item) => !offered.has(item.id));
    if (record && fresh.length === 0) return 0;
    const stored = await database.lexicon.bulkGet(fresh.map((item) => item.id));
    const added = fresh.filter((_, index) => stored[index] === undefined);
    await database.lexicon.bulkAdd(structuredClone(added));
    await recordShippedIds(database, offered);
    return added.length;
  });
}

/**
 * First run: loads the sample corpus and default codebook exactly once, even with several tabs.
 * Later runs: offers the shipped lexicon entries that are new since the last run.
 */
export async function ensureSeeded(database: FrameLensDatabase): Promise<void> {
  if (await database.meta.get(SEEDED_KEY)) {
    await offerNewShippedEntries(database);
    return;
  }
  const prepared = await prepareSeeds();
  await addMissingSeeds(database, prepared, true);
}

/** Settings → "Restore sample articles": re-adds only the seed articles that are missing. */
export async function restoreSampleArticles(database: FrameLensDatabase): Promise<number> {
  const prepared = await prepareSeeds();
  return addMissingSeeds(database, prepared, false);
}
