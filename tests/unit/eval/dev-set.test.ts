import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain node module of the eval runner, without types
import { readSeedGold, readTopics } from '../../../bench/eval/dev-set.mjs';

const miniSet = join(__dirname, 'fixtures', 'mini-set');

describe('reading the development set', () => {
  it('reads each topic with its actors and articles', () => {
    const topics = readTopics(miniSet, 'dev');
    // one topic folder (town-square) with two .txt + .json pairs
    expect(topics.map((topic: { id: string }) => topic.id)).toEqual(['town-square']);
    const [topic] = topics;
    expect(topic.actors.map((actor: { id: string }) => actor.id)).toEqual([
      'protesters',
      'police',
      'council',
    ]);
    // harbour-courier has 4 gold terms and valley-post 1 (sorted by file name)
    expect(topic.articles.map((a: { gold: unknown[] }) => a.gold.length)).toEqual([4, 1]);
    expect(readTopics(miniSet, 'holdout')).toEqual([]);
  });

  it('finds the seed title in seeds/seeds.json', () => {
    const seeds = readSeedGold(miniSet, join(__dirname, '..', '..', '..', 'seeds'));
    expect(seeds.map((seed: { title: string }) => seed.title)).toEqual([
      'HTS Commandos Capture Regime Soldiers in Retaliatory Operation',
    ]);
  });

  it('refuses gold that is not in the text, naming the file and the term', () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-set-'));
    const dir = join(root, 'dev', 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'topic.json'), JSON.stringify({ topic: 'bad', actors: [] }));
    writeFileSync(join(dir, 'one.txt'), 'Marchers met.\n');
    const gold = [{ exact: 'rioters', occurrence: 1, label: 'actor-label', voice: 'own' }];
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ gold, hardNegatives: [] }));
    expect(() => readTopics(root, 'dev')).toThrow(
      `${join(dir, 'one.json')}: gold[0] "rioters" has no occurrence 1 in the text`,
    );
  });
});
