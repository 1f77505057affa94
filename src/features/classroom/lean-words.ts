import type { OutletLean } from '../../domain/classroom/classroom-types';

const LEAN_WORDS: Record<OutletLean, string> = {
  left: 'Left',
  centre: 'Centre',
  right: 'Right',
  'state-media': 'State media',
  other: 'Other',
};

export function leanWord(lean: OutletLean): string {
  return LEAN_WORDS[lean];
}
