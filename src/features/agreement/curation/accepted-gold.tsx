import { useGoldAnnotation } from '../../../db';
import { signed } from './curation-plan';
import type { Names } from './versions-table';

/** What an accepted group put in the gold set (the picked version, or as edited). */
export function AcceptedGold({ annotationId, names }: { annotationId: string; names: Names }) {
  const gold = useGoldAnnotation(annotationId);
  if (!gold.data) return null;
  const { exact, labelId, target, voice, valence, note } = gold.data;
  return (
    <p className="text-sm">
      <span className="font-medium">In the gold set:</span> “<bdi>{exact}</bdi>” —{' '}
      {names.label(labelId)}, {target === null ? 'no target' : `target ${names.actor(target)}`},
      voice {voice}, valence {signed(valence)}
      {note && (
        <>
          , note “<bdi>{note}</bdi>”
        </>
      )}
    </p>
  );
}
