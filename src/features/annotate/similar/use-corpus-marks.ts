import { useState } from 'react';
import { newId, nowIso, saveAnnotationsIfUnchanged, type CorpusOccurrence } from '../../../db';
import { createAnnotation } from '../../../domain/annotations/create-annotation';
import type { Annotation } from '../../../domain/types';
import { errorText } from '../../../ui/error-text';

export const occurrenceKey = (occurrence: CorpusOccurrence) =>
  `${occurrence.articleId}:${occurrence.start}:${occurrence.end}`;

type Attributes = Pick<Annotation, 'labelId' | 'valence' | 'target'>;

/**
 * Marking occurrences in other articles under the current annotator, with the marked
 * annotation's label, valence and target and each occurrence's own voice. Each "Mark" or
 * "Mark all" is one step that "Undo" takes back (the annotations become tombstones), unless
 * they were changed elsewhere meanwhile.
 */
export function useCorpusMarks(attributes: Attributes) {
  const [marked, setMarked] = useState<ReadonlyMap<string, Annotation>>(new Map());
  const [steps, setSteps] = useState<{ keys: string[]; written: Annotation[] }[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const write = async (expected: Annotation[], writes: Annotation[]) => {
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await saveAnnotationsIfUnchanged(expected, writes);
      if (!outcome.ok) setMessage('Not undone: those annotations were changed meanwhile.');
      return outcome.ok ? outcome.written : null;
    } catch (error) {
      setMessage(`Not saved: ${errorText(error)}`);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const mark = async (occurrences: CorpusOccurrence[], annotatorId: string) => {
    const open = occurrences.filter((occurrence) => !marked.has(occurrenceKey(occurrence)));
    if (open.length === 0 || busy) return;
    const now = nowIso();
    const annotations = open.map((occurrence) =>
      createAnnotation({
        ...attributes,
        id: newId(),
        articleId: occurrence.articleId,
        text: occurrence.articleText,
        start: occurrence.start,
        end: occurrence.end,
        annotatorId,
        voice: occurrence.voice,
        now,
      }),
    );
    const written = await write([], annotations);
    if (!written) return;
    const keys = open.map(occurrenceKey);
    setMarked((current) => new Map([...current, ...keys.map((k, i) => [k, written[i]!] as const)]));
    setSteps((current) => [...current, { keys, written }]);
  };

  const undo = async () => {
    const step = steps.at(-1);
    if (!step || busy) return;
    const undone = await write(
      step.written,
      step.written.map((annotation) => ({ ...annotation, deleted: 1 })),
    );
    if (!undone) return;
    setMarked((current) => new Map([...current].filter(([key]) => !step.keys.includes(key))));
    setSteps((current) => current.slice(0, -1));
  };

  return {
    isMarked: (occurrence: CorpusOccurrence) => marked.has(occurrenceKey(occurrence)),
    mark,
    undo,
    lastStepSize: steps.at(-1)?.keys.length ?? 0,
    busy,
    message,
  };
}
