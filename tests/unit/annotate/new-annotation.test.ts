import { describe, expect, test } from 'vitest';
import type { Suggestion } from '../../../src/domain/suggestions/build-suggestions';
import type { Actor } from '../../../src/domain/types';
import {
  newAnnotation,
  type NewAnnotationContext,
} from '../../../src/features/annotate/new-annotation';

const text = 'HTS fighters called the raid “aggression” in a statement.';
const actors: Actor[] = [{ id: 'hts', name: 'HTS', aliases: ['HTS'] }];
const start = text.indexOf('aggression');
const span = { start, end: start + 'aggression'.length };
// A lexicon match on exactly the selected words: labelling them takes its valence (−2).
const match: Suggestion = {
  ...span,
  entryId: 'e1',
  labelId: 'loaded-language',
  valence: -2,
  canonical: 'aggression',
  exact: 'aggression',
  target: 'hts',
  voice: 'quoted',
};

const context = (suggestionsOn: boolean): NewAnnotationContext => ({
  articleId: 'a1',
  text,
  actors,
  matches: [match],
  suggestionsOn,
});

describe('newAnnotation: guessed attributes only with suggestions on', () => {
  test('suggestions on: the hand-made annotation gets the guesses from the text', () => {
    const made = newAnnotation(context(true), 'me', span, 'loaded-language');
    // "aggression" sits inside “…” → quoted; HTS is the only actor named in the sentence;
    // the lexicon match on exactly these words has valence −2.
    expect({ target: made.target, voice: made.voice, valence: made.valence }).toEqual({
      target: 'hts',
      voice: 'quoted',
      valence: -2,
    });
  });

  test('suggestions off: the same selection gets no guesses (null target, own voice, 0)', () => {
    const made = newAnnotation(context(false), 'me', span, 'loaded-language');
    expect({ target: made.target, voice: made.voice, valence: made.valence }).toEqual({
      target: null,
      voice: 'own',
      valence: 0,
    });
    expect(made.exact).toBe('aggression');
  });

  test('accepting a suggestion still takes its attributes', () => {
    const made = newAnnotation(context(false), 'me', span, match.labelId, match);
    expect({ target: made.target, voice: made.voice, valence: made.valence }).toEqual({
      target: 'hts',
      voice: 'quoted',
      valence: -2,
    });
  });
});

describe('newAnnotation: the label guides the guessed target', () => {
  test('an action marked by hand is about the subject of its verb, not the nearest name', () => {
    const sentence = 'HTS fighters overran army positions.';
    const verb = { start: sentence.indexOf('overran'), end: sentence.indexOf('overran') + 7 };
    const made = newAnnotation(
      {
        articleId: 'a1',
        text: sentence,
        actors: [...actors, { id: 'army', name: 'Syrian army', aliases: ['army'] }],
        matches: [],
        suggestionsOn: true,
      },
      'me',
      verb,
      'action-framing',
    );
    // "army" is 1 character after "overran", "HTS" 13 before it: the nearest name is the army,
    // but HTS is the subject of "overran" (the rule for Action framing). Failed before the label
    // was passed on: the guess was "army".
    expect(made.target).toBe('hts');
  });
});
