import { describe, expect, test } from 'vitest';
import {
  addActor,
  addAlias,
  addLabel,
  moveLabel,
  recolorLabel,
  removeAlias,
  renameActor,
  renameLabel,
  setLabelCategory,
  setLabelDescription,
  setLabelKey,
  slugify,
  uniqueId,
  type EditResult,
} from '../../../src/domain/codebook/edit-codebook';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import type { Codebook } from '../../../src/domain/types';

function fresh(): Codebook {
  return structuredClone(defaultCodebook);
}

function saved(result: EditResult): Codebook {
  if (!result.ok) throw new Error(`expected the edit to succeed, got: ${result.error}`);
  return result.codebook;
}

function refused(result: EditResult): string {
  if (result.ok) throw new Error('expected the edit to be refused');
  return result.error;
}

const labelIds = (codebook: Codebook) => codebook.labels.map((label) => label.id);

describe('slugify and uniqueId', () => {
  test('makes kebab-case slugs, folding accents and punctuation', () => {
    expect(slugify('Attribution & doubt')).toBe('attribution-doubt');
    expect(slugify('  Légitimité — qualifier!  ')).toBe('legitimite-qualifier');
    expect(slugify('Hay’at Tahrir al-Sham')).toBe('hay-at-tahrir-al-sham');
    expect(slugify('¿?')).toBe('');
  });

  test('uses the slug when free, else adds the random suffix', () => {
    expect(uniqueId('Casualty framing', ['actor-label'])).toBe('casualty-framing');
    expect(uniqueId('Casualty framing', ['casualty-framing'], { random: () => 'ab12' })).toBe(
      'casualty-framing-ab12',
    );
  });

  test('tries another suffix when the suffixed id is also taken', () => {
    const suffixes = ['aaaa', 'bbbb'];
    const random = () => suffixes.shift() ?? 'zzzz';
    expect(uniqueId('x', ['x', 'x-aaaa'], { random })).toBe('x-bbbb');
  });

  test('prefix and fallback for names without letters or digits', () => {
    expect(uniqueId('Assad regime', [], { prefix: 'lx-' })).toBe('lx-assad-regime');
    expect(uniqueId('!!!', [], { fallback: 'label' })).toBe('label');
  });

  test('the default suffix is four base-36 characters', () => {
    expect(uniqueId('a', ['a'])).toMatch(/^a-[0-9a-z]{4}$/);
  });
});

describe('labels', () => {
  test('addLabel appends with a slug id, the first free key and an unused colour', () => {
    const next = saved(addLabel(fresh(), { name: '  Historical   analogy ' }));
    expect(next.labels).toHaveLength(7);
    // Keys 1–6 are taken in the default codebook, so the new label gets 7.
    expect(next.labels[6]).toEqual({
      id: 'historical-analogy',
      name: 'Historical analogy',
      category: '',
      color: '#0072b2', // the first Okabe–Ito colour the default codebook does not use
      key: '7',
      description: '',
    });
  });

  test('addLabel never changes the codebook it was given', () => {
    const codebook = fresh();
    saved(addLabel(codebook, { name: 'New' }));
    expect(codebook).toEqual(defaultCodebook);
  });

  test('addLabel with a name whose slug is taken gets a suffixed id', () => {
    const next = saved(addLabel(fresh(), { name: 'Actor-label!', key: '' }, () => 'q7x2'));
    // "Actor-label!" differs from "Actor label" as a name, but slugs to the same id.
    expect(next.labels[6]?.id).toBe('actor-label-q7x2');
    expect(next.labels[6]?.key).toBe('');
  });

  test('addLabel gives no key when 1–9 are all taken', () => {
    let codebook = fresh();
    for (const name of ['A', 'B', 'C']) codebook = saved(addLabel(codebook, { name }));
    expect(codebook.labels.map((label) => label.key)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(saved(addLabel(codebook, { name: 'D' })).labels[9]?.key).toBe('');
  });

  test('names must be non-empty and unique case-insensitively', () => {
    expect(refused(addLabel(fresh(), { name: '   ' }))).toBe('Give the label a name.');
    expect(refused(addLabel(fresh(), { name: 'loaded LANGUAGE' }))).toBe(
      'There is already a label named “Loaded language”.',
    );
    expect(refused(renameLabel(fresh(), 'actor-label', 'Casualty Framing'))).toBe(
      'There is already a label named “Casualty framing”.',
    );
    expect(refused(renameLabel(fresh(), 'actor-label', ''))).toBe('Give the label a name.');
    expect(refused(addLabel(fresh(), { name: 'x'.repeat(81) }))).toBe(
      'Label names are at most 80 characters.',
    );
  });

  test('renameLabel keeps the id, and a label may change the case of its own name', () => {
    const next = saved(renameLabel(fresh(), 'actor-label', ' Naming  of parties '));
    expect(next.labels[0]).toMatchObject({ id: 'actor-label', name: 'Naming of parties' });
    expect(saved(renameLabel(fresh(), 'actor-label', 'ACTOR LABEL')).labels[0]?.name).toBe(
      'ACTOR LABEL',
    );
  });

  test('editing a label that does not exist is refused', () => {
    expect(refused(renameLabel(fresh(), 'nope', 'Name'))).toMatch(/no longer exists/);
    expect(refused(setLabelKey(fresh(), 'nope', '9'))).toMatch(/no longer exists/);
  });

  test('recolorLabel accepts #rrggbb only and stores it lower-case', () => {
    expect(saved(recolorLabel(fresh(), 'loaded-language', '#AA00FF')).labels[1]?.color).toBe(
      '#aa00ff',
    );
    for (const bad of ['red', '#abc', '#12345g', 'aa00ff', '#aa00ff00']) {
      expect(refused(recolorLabel(fresh(), 'loaded-language', bad))).toBe(
        'Colours are written #rrggbb, for example #e69f00.',
      );
    }
  });

  test('a key used by another label is refused, naming that label', () => {
    expect(refused(setLabelKey(fresh(), 'actor-label', '3'))).toBe(
      'Key 3 is already used by “Action framing”. Give that label another key first.',
    );
    expect(refused(addLabel(fresh(), { name: 'New', key: '2' }))).toBe(
      'Key 2 is already used by “Loaded language”. Give that label another key first.',
    );
  });

  test('keys are 1–9 or none; a label may keep its own key; freeing a key lets another take it', () => {
    expect(refused(setLabelKey(fresh(), 'actor-label', '0'))).toBe(
      'A shortcut key is one of 1 to 9, or none.',
    );
    expect(refused(setLabelKey(fresh(), 'actor-label', '10'))).toBe(
      'A shortcut key is one of 1 to 9, or none.',
    );
    expect(saved(setLabelKey(fresh(), 'actor-label', '1')).labels[0]?.key).toBe('1');
    const freed = saved(setLabelKey(fresh(), 'action-framing', ''));
    const taken = saved(setLabelKey(freed, 'actor-label', '3'));
    expect(taken.labels.map((label) => label.key)).toEqual(['3', '2', '', '4', '5', '6']);
  });

  test('moveLabel swaps with the neighbour and refuses to go past either end', () => {
    const down = saved(moveLabel(fresh(), 'actor-label', 1));
    expect(labelIds(down).slice(0, 3)).toEqual([
      'loaded-language',
      'actor-label',
      'action-framing',
    ]);
    const up = saved(moveLabel(fresh(), 'casualty-framing', -1));
    expect(labelIds(up).slice(3)).toEqual([
      'attribution-doubt',
      'casualty-framing',
      'legitimacy-qualifier',
    ]);
    expect(refused(moveLabel(fresh(), 'actor-label', -1))).toBe('This label is already the first.');
    expect(refused(moveLabel(fresh(), 'casualty-framing', 1))).toBe(
      'This label is already the last.',
    );
  });

  test('description and category are trimmed and bounded', () => {
    const described = saved(setLabelDescription(fresh(), 'actor-label', '  Nouns for parties. '));
    expect(described.labels[0]?.description).toBe('Nouns for parties.');
    expect(refused(setLabelDescription(fresh(), 'actor-label', 'x'.repeat(1001)))).toBe(
      'Descriptions are at most 1000 characters.',
    );
    expect(saved(setLabelCategory(fresh(), 'actor-label', ' Labeling ')).labels[0]?.category).toBe(
      'Labeling',
    );
  });
});

describe('actors and aliases', () => {
  test('addActor appends an actor with no aliases and a slug id', () => {
    const next = saved(addActor(fresh(), 'Kurdish-led SDF'));
    expect(next.actors.at(-1)).toEqual({
      id: 'kurdish-led-sdf',
      name: 'Kurdish-led SDF',
      aliases: [],
    });
    expect(next.actors).toHaveLength(8);
  });

  test('actor names are required and unique case-insensitively', () => {
    expect(refused(addActor(fresh(), ' '))).toBe('Give the actor a name.');
    expect(refused(addActor(fresh(), 'russia'))).toBe('There is already an actor named “Russia”.');
    expect(refused(renameActor(fresh(), 'iran', 'TURKEY'))).toBe(
      'There is already an actor named “Turkey”.',
    );
  });

  test('renameActor keeps the id and aliases', () => {
    const next = saved(renameActor(fresh(), 'russia', 'Russian Federation'));
    const russia = next.actors.find((actor) => actor.id === 'russia');
    expect(russia?.name).toBe('Russian Federation');
    expect(russia?.aliases).toEqual(defaultCodebook.actors.find((a) => a.id === 'russia')?.aliases);
  });

  test('addAlias appends a cleaned alias', () => {
    const next = saved(addAlias(fresh(), 'turkey', '  Turkish   army '));
    expect(next.actors.find((actor) => actor.id === 'turkey')?.aliases).toEqual([
      'Turkey',
      'Ankara',
      'pro-Turkish opposition fighters',
      'Turkish',
      'Turkish army',
    ]);
  });

  test('an alias belongs to one actor only, case-insensitively', () => {
    expect(refused(addAlias(fresh(), 'turkey', 'ankara'))).toBe(
      '“ankara” is already an alias of this actor.',
    );
    expect(refused(addAlias(fresh(), 'turkey', 'KREMLIN'))).toBe(
      '“KREMLIN” is already an alias of “Russia”.',
    );
    expect(refused(addAlias(fresh(), 'turkey', '  '))).toBe('Type the alias first.');
  });

  test('the default codebook itself has no alias shared by two actors', () => {
    const all = defaultCodebook.actors.flatMap((actor) =>
      actor.aliases.map((alias) => alias.toLocaleLowerCase('en')),
    );
    expect(new Set(all).size).toBe(all.length);
  });

  test('removeAlias removes exactly that alias', () => {
    const next = saved(removeAlias(fresh(), 'russia', 'Kremlin'));
    expect(next.actors.find((actor) => actor.id === 'russia')?.aliases).toEqual([
      'Russia',
      'Russian forces',
      'Russian military',
      'Moscow',
      'Russian',
    ]);
    expect(refused(removeAlias(fresh(), 'russia', 'Ankara'))).toBe(
      '“Ankara” is not an alias of this actor.',
    );
    expect(refused(removeAlias(fresh(), 'nobody', 'Ankara'))).toMatch(/no longer exists/);
  });
});
