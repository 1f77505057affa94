import { useMemo, useState } from 'react';
import { useCurationSteps } from '../../../db';
import type { CurationGroup, CurationRecord } from '../../../domain/agreement/curation-types';
import { curationProgress, nextUndecided, type CurationProgress } from './curation-progress';
import { useCurationActions, type CurationAction } from './use-curation-actions';
import { useCurationGroups } from './use-curation-groups';
import { useCurationKeys, type CurationKeyActions } from './use-curation-keys';
import { useCursor, type Cursor } from './use-cursor';

interface ActionContext {
  groups: readonly CurationGroup[];
  progress: CurationProgress;
  cursor: Cursor;
  busy: boolean;
  canUndo: boolean;
  decide: (action: CurationAction, keys: string[]) => void;
  undo: () => void;
  say: (message: string | null) => void;
}

/** What each key and button does to the current group. */
function keyActions(context: ActionContext): CurationKeyActions {
  const { groups, cursor, busy } = context;
  const group = cursor.group;
  const version = group?.versions[cursor.pickedIndex];
  const undecidedOnly = (act: (current: CurationGroup) => void) => () => {
    if (!group || busy) return;
    if (context.progress.decisions.has(group.key)) {
      context.say('This group is already decided: undo the decision (U) to change it.');
      return;
    }
    act(group);
  };
  const step = (by: number) => () => {
    if (groups.length > 0) cursor.goTo((cursor.index + by + groups.length) % groups.length);
  };
  return {
    pick: (n) => {
      if (group && n <= group.versions.length) cursor.pick(group.key, n - 1);
    },
    accept: undecidedOnly((current) => {
      if (version) context.decide({ kind: 'accept', group: current, version }, [current.key]);
    }),
    edit: undecidedOnly((current) => cursor.setEditing(current.key)),
    reject: undecidedOnly((current) =>
      context.decide({ kind: 'reject', group: current }, [current.key]),
    ),
    previous: step(-1),
    next: step(1),
    undo: () => {
      if (!busy && context.canUndo) context.undo();
    },
  };
}

/** The curation's state (groups, decisions, the current group) and what the curator can do. */
export function useCurationController(curation: CurationRecord) {
  const groupsQuery = useCurationGroups(curation);
  const steps = useCurationSteps(curation.id);
  const groups = useMemo(() => groupsQuery.data ?? [], [groupsQuery.data]);
  const progress = useMemo(() => curationProgress(groups, steps.data ?? []), [groups, steps.data]);
  const cursor = useCursor(groups, nextUndecided(groups, progress.decisions, -1));
  const mutations = useCurationActions(curation);
  const [message, say] = useState<string | null>(null);
  const busy = mutations.decide.isPending || mutations.undo.isPending;
  const canUndo = (steps.data ?? []).length > 0;

  const decide = (action: CurationAction, keys: string[]) => {
    say(null);
    mutations.decide.mutate(action, {
      onSuccess: () => {
        cursor.setEditing(null);
        const decided = new Set([...progress.decisions.keys(), ...keys]);
        const next = nextUndecided(groups, decided, cursor.index);
        if (next !== null) cursor.goTo(next);
      },
    });
  };
  const undo = () => {
    say(null);
    mutations.undo.mutate(undefined, {
      onSuccess: (undone) => {
        const key = undone?.decisions[0]?.groupKey;
        const at = groups.findIndex((candidate) => candidate.key === key);
        if (at !== -1) cursor.goTo(at);
      },
    });
  };
  const context = { groups, progress, cursor, busy, canUndo, decide, undo, say };
  const actions = keyActions(context);
  useCurationKeys(actions, !cursor.editing);
  const failure = groupsQuery.error ?? mutations.decide.error ?? mutations.undo.error;
  return { ...context, actions, message, failure, computing: groupsQuery.isPending };
}
