import type { Actor } from '../../../domain/types';
import type { AttributeHandlers } from '../use-shortcuts';
import { targetForKey } from './target-keys';
import type { AttributeEdit } from './use-suggestion-edits';

/** What the attribute keys change: the current suggestion or the person's own annotation. */
export interface Editable {
  valence: number;
  apply: (patch: AttributeEdit) => void;
}

const clampValence = (value: number) => Math.max(-2, Math.min(2, value));

export function attributeHandlers(
  actors: readonly Actor[],
  editable: Editable | null,
): AttributeHandlers | null {
  if (!editable) return null;
  return {
    onTargetKey: (key) => {
      const target = targetForKey(actors, key);
      if (target !== null) editable.apply({ target: target === 'clear' ? null : target });
    },
    onVoice: (voice) => editable.apply({ voice }),
    onValenceStep: (step) => editable.apply({ valence: clampValence(editable.valence + step) }),
  };
}
