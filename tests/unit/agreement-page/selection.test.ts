import { describe, expect, it } from 'vitest';
import { chosenIds, toggledIds } from '../../../src/ui/choice-ids';

describe('the Agreement page’s choice', () => {
  const order = ['ana', 'ben', 'cy'];

  it('shows the report’s default until the person chooses', () => {
    expect(chosenIds(null, ['ana', 'ben'])).toEqual(['ana', 'ben']);
    expect(chosenIds(['cy'], ['ana', 'ben'])).toEqual(['cy']);
  });

  it('toggles in list order and never leaves nobody chosen', () => {
    expect(toggledIds(['ana', 'ben'], 'ben', order)).toEqual(['ana']);
    expect(toggledIds(['cy'], 'ana', order)).toEqual(['ana', 'cy']);
    expect(toggledIds(['ana'], 'ana', order)).toEqual(['ana']);
  });
});
