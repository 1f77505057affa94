import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { variants } from '../../../src/domain/lexicon/shipped/make-entry';
import { compileLexicon, formKeys } from '../../../src/domain/lexicon/match-lexicon';

describe('defaultLexicon', () => {
  it('has at least 110 entries with unique, stable kebab-case ids', () => {
    expect(defaultLexicon.length).toBeGreaterThanOrEqual(110);
    const ids = defaultLexicon.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^lx-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses only label ids of the default codebook and valences in -2..2', () => {
    const labelIds = new Set(defaultCodebook.labels.map((label) => label.id));
    for (const entry of defaultLexicon) {
      expect(labelIds.has(entry.labelId), entry.id).toBe(true);
      expect(Number.isInteger(entry.valence), entry.id).toBe(true);
      expect(Math.abs(entry.valence), entry.id).toBeLessThanOrEqual(2);
      expect(entry.canonical.trim(), entry.id).not.toBe('');
      expect(entry.pattern.trim(), entry.id).not.toBe('');
    }
  });

  it('has no empty form and no form shared by two entries (after case/apostrophe/hyphen folding)', () => {
    const owner = new Map<string, string>();
    for (const entry of defaultLexicon) {
      expect(entry.forms.length, entry.id).toBeGreaterThan(0);
      for (const form of entry.forms) {
        expect(form.trim(), entry.id).not.toBe('');
        for (const key of formKeys(form)) {
          const other = owner.get(key);
          if (other !== undefined) expect(other, `"${key}" in ${entry.id}`).toBe(entry.id);
          owner.set(key, entry.id);
        }
      }
    }
    expect(compileLexicon(defaultLexicon).collisions).toEqual([]);
  });

  it('lists curly-apostrophe and space-for-hyphen spellings among the forms', () => {
    const forms = (id: string): string[] =>
      defaultLexicon.find((entry) => entry.id === id)?.forms ?? [];
    expect(forms('lx-assad-regime')).toEqual(
      expect.arrayContaining(['Assad regime', "Assad's regime", 'Assad’s regime']),
    );
    expect(forms('lx-foreign-backed')).toEqual(
      expect.arrayContaining(['foreign-backed', 'foreign backed']),
    );
    expect(forms('lx-terrorist-organization')).toEqual(
      expect.arrayContaining(['terrorist organization', 'terrorist organisations']),
    );
    expect(variants("Hay'at-x")).toEqual(["Hay'at-x", "Hay'at x", 'Hay’at-x', 'Hay’at x']);
  });
});
