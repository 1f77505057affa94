import { describe, expect, it } from 'vitest';
import { simpleForms } from '../../../src/domain/discovery/term-forms';

describe('simpleForms', () => {
  it('adds the regular plural or singular of the last word', () => {
    expect(simpleForms('thug')).toEqual(['thug', 'thugs']);
    expect(simpleForms('militias')).toEqual(['militias', 'militia']);
    expect(simpleForms('atrocity')).toEqual(['atrocity', 'atrocities']);
    expect(simpleForms('atrocities')).toEqual(['atrocities', 'atrocity']);
    expect(simpleForms('crash')).toEqual(['crash', 'crashes']);
    expect(simpleForms('crashes')).toEqual(['crashes', 'crash']);
    expect(simpleForms('war monitor')).toEqual(['war monitor', 'war monitors']);
  });

  it('leaves alone words that end in s but are singular, and adjectives and participles', () => {
    expect(simpleForms('chaos')).toEqual(['chaos']);
    expect(simpleForms('crisis')).toEqual(['crisis']);
    expect(simpleForms('foreign-backed')).toEqual(['foreign-backed']);
    expect(simpleForms('shocking')).toEqual(['shocking']);
    expect(simpleForms('brutally')).toEqual(['brutally']);
    expect(simpleForms('onslaught')).toEqual(['onslaught', 'onslaughts']);
  });
});
