import { describe, expect, it } from 'vitest';
import { goldAnnotation } from '../../../src/domain/agreement/gold-annotation';
import { goldAnnotatorName, isGoldAnnotatorName } from '../../../src/domain/agreement/gold-names';

describe('gold annotator names', () => {
  it('names the curated set after its curator and recognises such names', () => {
    expect(goldAnnotatorName('  Ms Rivera ')).toBe('Gold — curated by Ms Rivera');
    expect(isGoldAnnotatorName(goldAnnotatorName('Sam'))).toBe(true);
    expect(isGoldAnnotatorName('Gold — curated by Sam (2)')).toBe(true);
    // A person who happens to be called Gold is not a gold set.
    expect(isGoldAnnotatorName('Goldie')).toBe(false);
    expect(isGoldAnnotatorName('Sam')).toBe(false);
  });
});

describe('the gold annotation of an accepted version', () => {
  // 44 characters before the span, so the 32-character prefix is cut; 10 after it.
  const text = 'The long report on the events said that the militants attacked.';
  const start = text.indexOf('militants');
  const end = start + 'militants'.length;

  it('quotes the text with 32 characters of context, keeps the note and is accepted', () => {
    const annotation = goldAnnotation({
      id: 'g1',
      articleId: 'art',
      text,
      start,
      end,
      labelId: 'loaded',
      target: 'hts',
      voice: 'quoted',
      valence: -1,
      note: 'Two of three agreed',
      goldAnnotatorId: 'gold',
      now: '2026-12-07T00:00:00.000Z',
    });
    // start = 44 ("The long report on the events said that the " is 44 characters), so the
    // prefix is text[12, 44) = "ort on … the " and the suffix is the rest, " attacked." (10).
    expect(start).toBe(44);
    expect(annotation).toMatchObject({
      id: 'g1',
      articleId: 'art',
      annotatorId: 'gold',
      start: 44,
      end: 53,
      exact: 'militants',
      prefix: 'ort on the events said that the ',
      suffix: ' attacked.',
      labelId: 'loaded',
      target: 'hts',
      voice: 'quoted',
      valence: -1,
      note: 'Two of three agreed',
      status: 'accepted',
      deleted: 0,
      createdAt: '2026-12-07T00:00:00.000Z',
      updatedAt: '2026-12-07T00:00:00.000Z',
    });
  });
});
