import { describe, expect, test } from 'vitest';
import { concordance, leftContext, rightContext } from '../../../../src/domain/summary/concordance';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

describe('concordance', () => {
  const data = prepareSummary(fixtureInput());

  test('"UK-based" with 30 characters of context, sorted by outlet name', () => {
    const lines = concordance('UK-based', data, { width: 30 });
    expect(
      lines.map((line) => [line.outletName, line.left, line.keyword, line.right, line.start]),
    ).toEqual([
      // Tasnim, offset 573. The 30-unit window before is "ry for Human Rights (SOHR), a ":
      // cut after the first space, so the broken "ry" goes. The window after is
      // " monitor, reported nearly 100 " and the next character is "f" (fatalities):
      // cut at the last space inside it.
      [
        'Tasnim News Agency',
        'for Human Rights (SOHR), a ',
        'UK-based',
        ' monitor, reported nearly 100',
        573,
      ],
      // The New Arab writes "Britain-based" — the same canonical term.
      [
        'The New Arab',
        'Ruma in Idlib province," the ',
        'Britain-based',
        ' Syrian Observatory for Human',
        707,
      ],
      [
        'Yalla TV',
        'for Human Rights (SOHR), a ',
        'UK-based',
        ' monitoring group, stated that',
        250,
      ],
    ]);
    expect(lines.every((line) => line.leftTruncated && line.rightTruncated)).toBe(true);
    expect(lines[0]).toMatchObject({
      annotationId: 'ann-T4',
      articleId: 'art-tasnim',
      outletId: 'out-tasnim',
      term: 'UK-based',
      voice: 'own',
      labelId: 'legitimacy-qualifier',
      labelName: 'Legitimacy qualifier',
      targetId: 'monitors-media',
      targetName: 'Monitors and media',
      annotatorId: 'alice',
    });
  });

  test('default width 60; line breaks in the context show as spaces', () => {
    const [tasnim] = concordance('uk based', data);
    // Before: "of Idlib.\nThe Syrian Observatory for Human Rights (SOHR), a " is exactly 60 units
    // and starts right after a space, so nothing is cut; the "\n" becomes " ".
    expect(tasnim?.left).toBe('of Idlib. The Syrian Observatory for Human Rights (SOHR), a ');
    expect(tasnim?.right).toBe(' monitor, reported nearly 100 fatalities among soldiers and');
  });

  test('"terrorist": any form finds it; each annotation is a line, in position order', () => {
    const lines = concordance('Terrorists', data, { width: 20 });
    expect(
      lines.map((line) => [line.outletName, line.annotationId, line.keyword, line.voice]),
    ).toEqual([
      ['RT', 'ann-R1', 'terrorists', 'own'],
      ['RT', 'ann-R6', 'terrorists', 'quoted'], // inside R5 "foreign terrorists"
      ['RT', 'ann-R9', 'terrorist', 'own'],
      ['The New Arab', 'ann-N7', 'terrorist', 'attributed'],
    ]);
    // Left: 'which it considers "' is exactly 20 units and follows a space: no cut.
    // Right: the 20 units after are '" groups.\n\nAnkara ha' (the blank line is 2 units) and
    // "s" follows: cut at the last space, then the line breaks show as one space.
    expect(lines[3]).toMatchObject({
      left: 'which it considers "',
      right: '" groups. Ankara',
      targetId: null,
      targetName: 'No target',
    });
  });

  test('follows the filter, and the exclusions', () => {
    const bob = prepareSummary(fixtureInput(), { annotatorIds: ['bob'] });
    expect(concordance('terrorist', bob).map((line) => line.annotationId)).toEqual([
      'ann-R6',
      'ann-N7',
    ]);
    // Y14 (rejected) is not a line; Y1, Y9 and the New Arab's N1, N3 are.
    expect(concordance('fighters', data).map((line) => line.annotationId)).toEqual([
      'ann-N1',
      'ann-N3',
      'ann-Y1',
      'ann-Y9',
    ]);
    // L14 "regime soldiers" is deleted; the query resolves to "regime forces" (same entry).
    expect(concordance('regime soldiers', data).map((line) => line.annotationId)).toEqual([
      'ann-L15',
      'ann-N11',
    ]);
  });

  test('without the article text the keyword is the annotation’s exact text', () => {
    const input = fixtureInput();
    const noText = { ...input, articles: input.articles.map((a) => ({ ...a, text: '' })) };
    const [line] = concordance('admitted', prepareSummary(noText));
    expect(line).toMatchObject({ keyword: 'admitted', left: '', right: '' });
  });
});

describe('context cutting', () => {
  test('at the start or end of the text nothing is cut', () => {
    expect(leftContext('one two', 4, 60)).toEqual({ text: 'one ', truncated: false });
    expect(rightContext('one two', 3, 60)).toEqual({ text: ' two', truncated: false });
  });

  test('without white space in the window the cut is hard, but never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(10)}X`; // 20 units of emoji, then X at 20
    expect(leftContext(text, 20, 5)).toEqual({ text: '😀😀', truncated: true });
    expect(rightContext(`X${'😀'.repeat(10)}`, 1, 5)).toEqual({ text: '😀😀', truncated: true });
  });
});
