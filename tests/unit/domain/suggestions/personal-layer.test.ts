import { describe, expect, test } from 'vitest';
import { compileLexicon, findMatches } from '../../../../src/domain/lexicon/match-lexicon';
import {
  mergePersonalTerms,
  withPersonalLayer,
} from '../../../../src/domain/suggestions/personal-layer';
import type { LexiconEntry, PersonalLexiconEntry } from '../../../../src/domain/types';

const entry = (id: string, forms: string[], labelId: string, valence = -1): LexiconEntry => ({
  id,
  pattern: forms[0] ?? id,
  forms,
  labelId,
  valence,
  canonical: forms[0] ?? id,
  note: '',
});

const personal = (
  id: string,
  forms: string[],
  labelId: string,
  valence = -1,
): PersonalLexiconEntry => ({
  ...entry(id, forms, labelId, valence),
  origin: 'marked',
  addedAt: '2026-12-01T10:00:00.000Z',
});

describe('withPersonalLayer', () => {
  test('personal terms are matched together with the lexicon', () => {
    const lexicon = [entry('lex-regime', ['regime'], 'actor-label')];
    const mine = [personal('p-hooligans', ['hooligans'], 'actor-label', -2)];
    const matcher = compileLexicon(withPersonalLayer(lexicon, mine));
    const text = 'The regime blamed hooligans.';
    expect(findMatches(matcher, text).map((match) => match.entryId)).toEqual([
      'lex-regime',
      'p-hooligans',
    ]);
  });

  test('a form in both: compiling still works and the personal entry wins', () => {
    const lexicon = [entry('lex-mob', ['mob', 'mobs'], 'actor-label', -2)];
    const mine = [personal('p-mob', ['mob'], 'loaded-language', -1)];
    const matcher = compileLexicon(withPersonalLayer(lexicon, mine));
    const matches = findMatches(matcher, 'A mob gathered; other mobs followed.');
    // "mob" is claimed by the personal entry; "mobs" only the lexicon lists.
    expect(matches.map((match) => [match.entryId, match.labelId, match.valence])).toEqual([
      ['p-mob', 'loaded-language', -1],
      ['lex-mob', 'actor-label', -2],
    ]);
    expect(matcher.collisions).toEqual([
      { form: 'mob', keptEntryId: 'p-mob', droppedEntryId: 'lex-mob' },
    ]);
  });

  test('a lexicon entry with the id of a personal entry is left out', () => {
    const lexicon = [entry('same-id', ['storm'], 'action-framing')];
    const mine = [personal('same-id', ['stormed'], 'action-framing')];
    expect(withPersonalLayer(lexicon, mine).map((row) => row.forms)).toEqual([['stormed']]);
  });
});

describe('mergePersonalTerms', () => {
  let next = 0;
  const context = {
    origin: 'imported' as const,
    addedAt: '2026-12-07T03:00:00.000Z',
    newId: () => `new-${++next}`,
  };

  test('a new term is added with a fresh id, the given origin and date', () => {
    next = 0;
    const writes = mergePersonalTerms(
      [],
      [entry('file-id', ['thugs'], 'actor-label', -2)],
      context,
    );
    expect(writes).toEqual([
      {
        id: 'new-1',
        pattern: 'thugs',
        forms: ['thugs'],
        labelId: 'actor-label',
        valence: -2,
        canonical: 'thugs',
        note: '',
        origin: 'imported',
        addedAt: '2026-12-07T03:00:00.000Z',
      },
    ]);
  });

  test('the same canonical form and label merges forms and keeps the stored term', () => {
    next = 0;
    const mine = personal('p-thug', ['thug'], 'actor-label', -2);
    const incoming = { ...entry('x', ['Thug', 'thugs'], 'actor-label', 0), canonical: 'THUG' };
    const writes = mergePersonalTerms([mine], [incoming], context);
    // "Thug" is already there (case-insensitive); only "thugs" is new. Valence and origin stay.
    expect(writes).toEqual([{ ...mine, forms: ['thug', 'thugs'] }]);
  });

  test('nothing to write when the term is already there with every form', () => {
    const mine = personal('p-thug', ['thug', 'thugs'], 'actor-label');
    const incoming = { ...entry('x', ['thugs'], 'actor-label'), canonical: 'thug' };
    expect(mergePersonalTerms([mine], [incoming], context)).toEqual([]);
  });

  test('the same canonical form under another label is another term', () => {
    next = 0;
    const mine = personal('p-storm', ['storm'], 'action-framing');
    const writes = mergePersonalTerms([mine], [entry('x', ['storm'], 'loaded-language')], context);
    expect(writes.map((row) => [row.id, row.labelId])).toEqual([['new-1', 'loaded-language']]);
  });

  test('duplicates within the incoming terms merge into one', () => {
    next = 0;
    const writes = mergePersonalTerms(
      [],
      [
        entry('a', ['swarm'], 'loaded-language'),
        entry('b', ['swarm', 'swarms'], 'loaded-language'),
      ],
      context,
    );
    expect(writes.map((row) => [row.id, row.forms])).toEqual([['new-1', ['swarm', 'swarms']]]);
  });
});
