// Reads the development set from disk: topics (dev, holdout) and the seed articles' gold.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locate } from './score.mjs';

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Could not read ${path}: ${error.message}`);
  }
}

function subdirectories(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

function checkTerms(path, list, key) {
  if (!Array.isArray(list)) throw new Error(`${path}: "${key}" must be a list`);
  list.forEach((term, index) => {
    if (typeof term?.exact !== 'string' || !Number.isInteger(term.occurrence)) {
      throw new Error(`${path}: ${key}[${index}] needs "exact" (text) and "occurrence" (1, 2, …)`);
    }
  });
}

function checkLocated(path, text, list, key) {
  list.forEach((term, index) => {
    if (!locate(text, term.exact, term.occurrence)) {
      throw new Error(
        `${path}: ${key}[${index}] "${term.exact}" has no occurrence ${term.occurrence} in the text`,
      );
    }
  });
}

function readArticleMeta(path, text) {
  const meta = readJson(path);
  const hardNegatives = meta.hardNegatives ?? [];
  checkTerms(path, meta.gold, 'gold');
  checkTerms(path, hardNegatives, 'hardNegatives');
  checkLocated(path, text, meta.gold, 'gold');
  checkLocated(path, text, hardNegatives, 'hardNegatives');
  return { ...meta, hardNegatives };
}

function readTopic(set, dir, id) {
  const topicPath = join(dir, 'topic.json');
  if (!existsSync(topicPath)) throw new Error(`${dir} has no topic.json`);
  const topic = readJson(topicPath);
  if (!Array.isArray(topic.actors)) throw new Error(`${topicPath}: "actors" must be a list`);
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.txt'.length);
      const metaPath = join(dir, `${slug}.json`);
      if (!existsSync(metaPath))
        throw new Error(`${join(dir, name)} has no ${slug}.json beside it`);
      const text = readFileSync(join(dir, name), 'utf8');
      return { slug, text, ...readArticleMeta(metaPath, text) };
    });
  return { set, id, name: topic.name ?? id, actors: topic.actors, articles };
}

/**
 * The topics of one set (`dev` or `holdout`) under `root`: each with its actors and articles
 * (text, outlet, title, published, gold, hardNegatives).
 * @param {string} root the development set's folder (tests/fixtures/eval)
 * @param {'dev' | 'holdout'} set
 */
export function readTopics(root, set) {
  const dir = join(root, set);
  return subdirectories(dir).map((id) => readTopic(set, join(dir, id), id));
}

/**
 * The seed articles' gold: one entry per `<root>/seeds/*.json`, with the seed's title from
 * seeds/seeds.json (how the runner finds the seeded article in the app).
 * @param {string} root the development set's folder
 * @param {string} seedsDir the app's seeds/ folder
 */
export function readSeedGold(root, seedsDir) {
  const dir = join(root, 'seeds');
  if (!existsSync(dir)) return [];
  const catalogue = readJson(join(seedsDir, 'seeds.json')).articles;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `${name.slice(0, -'.json'.length)}.txt`;
      const seed = catalogue.find((entry) => entry.file === file);
      if (!seed) throw new Error(`${join(dir, name)}: no seed ${file} in seeds/seeds.json`);
      const text = readFileSync(join(seedsDir, file), 'utf8');
      return { slug: file, ...readArticleMeta(join(dir, name), text), title: seed.title };
    });
}
