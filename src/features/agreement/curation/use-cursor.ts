import { useState } from 'react';
import type { CurationGroup } from '../../../domain/agreement/curation-types';

/**
 * Which group is shown (until the curator moves: the first undecided one), and which of its
 * versions is picked or being edited (both forgotten when the group changes).
 */
export function useCursor(groups: readonly CurationGroup[], firstUndecided: number | null) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [picked, setPicked] = useState<{ key: string; index: number } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const index = Math.min(chosen ?? firstUndecided ?? 0, Math.max(0, groups.length - 1));
  const group = groups[index];
  return {
    index,
    group,
    pickedIndex: group && picked?.key === group.key ? picked.index : 0,
    editing: group !== undefined && editing === group.key,
    goTo: (next: number) => {
      setChosen(next);
      setEditing(null);
    },
    pick: (key: string, at: number) => setPicked({ key, index: at }),
    setEditing,
  };
}

export type Cursor = ReturnType<typeof useCursor>;
