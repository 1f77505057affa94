import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  parseDoccano,
  serializeDoccano,
  type DoccanoParseContext,
} from '../../../../src/domain/exchange/doccano-format';
import {
  decideOffsetUnits,
  detectOffsetUnits,
  type DoccanoUnitSpans,
} from '../../../../src/domain/exchange/doccano-units';
import { sampleScope } from './sample-data';
import {
  buildJsonl,
  codePointRange,
  SPACY_LINES,
  utf16RangeOf,
  type SpacyLine,
} from './spacy-style';

const context: DoccanoParseContext = {
  codebook: defaultCodebook,
  annotatorId: 'me',
  importedAt: '2026-11-23T12:00:00.000Z',
  defaultOutletName: 'doccano',
};

function spansOf(lines: readonly SpacyLine[], units: 'code-points' | 'utf16'): DoccanoUnitSpans[] {
  return lines.map((line, index) => ({
    line: index + 1,
    text: line.text,
    spans: line.spans.map((span) =>
      units === 'code-points' ? codePointRange(line.text, span) : utf16RangeOf(line.text, span),
    ),
  }));
}

/** The words each span of SPACY_LINES must land on, in file order. */
const EXPECTED_QUOTES = SPACY_LINES.flatMap((line) => line.spans.map((span) => span.words));

/** The quotes of the placed spans, in file order (every label here is in the codebook). */
function quotes(content: string, options: Partial<DoccanoParseContext> = {}): string[] {
  const parsed = parseDoccano(content, { ...context, ...options });
  if (!parsed.ok) throw new Error(parsed.error.message);
  expect(parsed.value.needsLabel).toEqual([]);
  return parsed.value.annotations.map((annotation) => annotation.exact);
}

describe('detectOffsetUnits', () => {
  it('asks nothing when no text has a character outside the BMP: both units agree', () => {
    const plain: SpacyLine[] = [SPACY_LINES[3] as SpacyLine];
    expect(detectOffsetUnits(spansOf(plain, 'code-points'))).toEqual({ kind: 'same' });
  });

  it('asks nothing when every astral character comes after the last span', () => {
    // The one span ("The") ends before the bold letters 𝗡𝗘𝗪𝗦, so its offsets are equal in both
    // units, though the text has astral characters.
    const early: SpacyLine = {
      text: SPACY_LINES[1]?.text ?? '',
      spans: [{ words: 'The', label: 'Actor label' }],
    };
    expect(detectOffsetUnits(spansOf([early], 'code-points'))).toEqual({ kind: 'same' });
  });

  it('detects code points in a spaCy-style file: only they put every span on word edges', () => {
    const evidence = detectOffsetUnits(spansOf(SPACY_LINES, 'code-points'));
    expect(evidence).toMatchObject({ kind: 'detected', units: 'code-points' });
    if (evidence.kind !== 'detected') return;
    // "army" (last line) has no astral character before it: 7 of the 8 spans differ.
    expect(evidence.differing).toBe(7);
    expect(evidence.misfits['code-points']).toBe(0);
    expect(evidence.misfits.utf16).toBeGreaterThan(0);
    // First differing span: "militants" after "🔥 Breaking: " (12 code points, 13 UTF-16 units):
    // read as UTF-16 it is the space before and "militant" without its "s".
    expect(evidence.sample).toEqual({
      line: 1,
      start: 12,
      end: 21,
      utf16: ' militant',
      codePoints: 'militants',
    });
  });

  it('detects UTF-16 units in a file written by doccano itself', () => {
    const evidence = detectOffsetUnits(spansOf(SPACY_LINES, 'utf16'));
    expect(evidence).toMatchObject({ kind: 'detected', units: 'utf16' });
  });

  it('refuses to guess when both units put every span on word edges', () => {
    // "🌟🌟🌟 an ox is": each star is 1 code point and 2 UTF-16 units, so the shift is 3 —
    // exactly one two-letter word and its space. [7, 9] is "ox" in code points (3 stars + " an "
    // = 7) and "an" in UTF-16 (6 units + " " = 7): both are whole words.
    const text = '🌟🌟🌟 an ox is';
    const evidence = detectOffsetUnits([{ line: 1, text, spans: [[7, 9]] }]);
    expect(evidence).toEqual({
      kind: 'ambiguous',
      differing: 1,
      misfits: { utf16: 0, 'code-points': 0 },
      sample: { line: 1, start: 7, end: 9, utf16: 'an', codePoints: 'ox' },
    });
  });
});

describe('decideOffsetUnits', () => {
  const ambiguous = detectOffsetUnits([{ line: 1, text: '🌟🌟🌟 an ox is', spans: [[7, 9]] }]);
  const detected = detectOffsetUnits(spansOf(SPACY_LINES, 'code-points'));

  it('makes the person choose when the spans do not settle it, and obeys the choice', () => {
    expect(decideOffsetUnits(ambiguous, null, undefined)).toMatchObject({
      needsChoice: true,
      source: 'undecided',
    });
    expect(decideOffsetUnits(ambiguous, null, 'code-points')).toMatchObject({
      used: 'code-points',
      needsChoice: false,
      source: 'chosen',
    });
  });

  it('takes the unit the file names when both fit, but asks when the name contradicts the spans', () => {
    expect(decideOffsetUnits(ambiguous, 'code-points', undefined)).toMatchObject({
      used: 'code-points',
      source: 'declared',
      needsChoice: false,
    });
    expect(decideOffsetUnits(detected, 'utf16', undefined)).toMatchObject({
      used: 'code-points',
      needsChoice: true,
    });
    expect(decideOffsetUnits(detected, 'code-points', undefined)).toMatchObject({
      used: 'code-points',
      source: 'detected',
      needsChoice: false,
    });
  });
});

describe('doccano import in either unit', () => {
  const spacyFile = buildJsonl(SPACY_LINES, 'code-points');

  it('puts every span of a spaCy-style file on its words, saying it read code points', () => {
    expect(quotes(spacyFile)).toEqual(EXPECTED_QUOTES);
    const parsed = parseDoccano(spacyFile, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.orphaned).toEqual([]);
    expect(parsed.value.offsetUnits).toMatchObject({
      used: 'code-points',
      source: 'detected',
      needsChoice: false,
    });
  });

  it('reads the same file in UTF-16 when the person says so (and then lands elsewhere)', () => {
    const forced = quotes(spacyFile, { offsetUnits: 'utf16' });
    expect(forced[0]).toBe(' militant');
    expect(forced).not.toEqual(EXPECTED_QUOTES);
  });

  it('still reads doccano’s own UTF-16 files right', () => {
    expect(quotes(buildJsonl(SPACY_LINES, 'utf16'))).toEqual(EXPECTED_QUOTES);
  });

  it('names the chosen unit in exported lines and reads it back without asking', () => {
    const scope = sampleScope();
    const file = serializeDoccano({
      articles: scope.articles,
      outlets: scope.outlets,
      annotations: scope.annotations,
      codebook: defaultCodebook,
      offsetUnits: 'code-points',
    });
    const lines = file
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { offsetUnits: string });
    expect(lines.map((line) => line.offsetUnits)).toEqual([
      'code-points',
      'code-points',
      'code-points',
    ]);
    const parsed = parseDoccano(file, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.offsetUnits.used).toBe('code-points');
    expect(parsed.value.offsetUnits.declared).toBe('code-points');
    expect(parsed.value.offsetUnits.needsChoice).toBe(false);
  });
});
