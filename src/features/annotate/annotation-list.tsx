import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { Actor, Annotation, Label } from '../../domain/types';

interface Props {
  annotations: Annotation[];
  labels: Label[];
  actors: Actor[];
  selectedId: string | null;
  annotatorNames: Map<string, string>;
  showAnnotator: boolean;
  onSelect: (annotation: Annotation) => void;
  /** What an empty list says (the read-only views have nothing to select words for). */
  emptyText?: string;
}

const voiceNames = { own: 'own', quoted: 'quoted', attributed: 'attributed' } as const;

/**
 * The article's annotations in text order, with a count per label. The list scrolls on its
 * own and renders only the rows in view, so an article with thousands of annotations opens
 * and updates as fast as one with a few.
 */
export const AnnotationList = memo(function AnnotationList({
  annotations,
  labels,
  actors,
  selectedId,
  annotatorNames,
  showAnnotator,
  onSelect,
  emptyText = 'None yet. Select words in the text (mouse, or focus the text and use the arrow keys), then press a label’s number.',
}: Props) {
  const labelById = new Map(labels.map((label) => [label.id, label]));
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const counts = new Map<string, number>();
  for (const annotation of annotations)
    counts.set(annotation.labelId, (counts.get(annotation.labelId) ?? 0) + 1);

  return (
    <section aria-labelledby="annotation-list-title" className="flex flex-col gap-2">
      <h2 id="annotation-list-title" className="text-sm font-semibold">
        Annotations <span className="font-normal text-slate-600">({annotations.length})</span>
      </h2>
      <ul aria-label="Counts per label" className="flex flex-wrap gap-1.5">
        {labels.map((label) => (
          <li
            key={label.id}
            className="flex items-center gap-1 rounded-full border border-slate-200 bg-white px-2 py-0.5 text-xs"
            data-label-count={label.id}
          >
            <span
              aria-hidden="true"
              className="h-2.5 w-2.5 rounded-full"
              style={{ backgroundColor: label.color }}
            />
            {label.name}: <span className="font-semibold">{counts.get(label.id) ?? 0}</span>
          </li>
        ))}
      </ul>
      {annotations.length === 0 ? (
        <p className="text-sm text-slate-600">{emptyText}</p>
      ) : (
        <VirtualRows
          annotations={annotations}
          selectedId={selectedId}
          renderRow={(annotation) => {
            const label = labelById.get(annotation.labelId);
            const selected = annotation.id === selectedId;
            return (
              <button
                type="button"
                onClick={() => onSelect(annotation)}
                aria-current={selected ? 'true' : undefined}
                data-annotation-id={annotation.id}
                className={`flex w-full items-start gap-2 rounded-md border px-2 py-1.5 text-left text-sm ${selected ? 'border-blue-600 bg-blue-50' : 'border-slate-200 bg-white hover:border-slate-400'}`}
              >
                <span
                  aria-hidden="true"
                  className="mt-1 h-3 w-3 shrink-0 rounded-sm"
                  style={{ backgroundColor: label?.color ?? '#999' }}
                />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-serif" dir="auto">
                    {annotation.exact}
                  </span>
                  <span className="block text-xs text-slate-600">
                    {label?.name ?? 'Unknown label'}
                    {annotation.target &&
                      ` · ${actorById.get(annotation.target)?.name ?? annotation.target}`}
                    {` · ${voiceNames[annotation.voice]}`}
                    {annotation.valence !== 0 &&
                      ` · ${annotation.valence > 0 ? '+' : '−'}${Math.abs(annotation.valence)}`}
                    {showAnnotator &&
                      ` · ${annotatorNames.get(annotation.annotatorId) ?? 'unknown annotator'}`}
                  </span>
                </span>
              </button>
            );
          }}
        />
      )}
    </section>
  );
});

function VirtualRows({
  annotations,
  selectedId,
  renderRow,
}: {
  annotations: Annotation[];
  selectedId: string | null;
  renderRow: (annotation: Annotation) => React.ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so nothing memoises what this hook returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 58,
    overscan: 10,
    getItemKey: (index) => annotations[index]?.id ?? index,
  });

  // The selected annotation (J/K, a click in the text) is scrolled into the list's view.
  const selectedIndex = selectedId
    ? annotations.findIndex((annotation) => annotation.id === selectedId)
    : -1;
  const scrollToIndex = virtualizer.scrollToIndex;
  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, scrollToIndex]);

  return (
    <div ref={scrollRef} className="max-h-[60vh] overflow-y-auto pr-1">
      <ol
        aria-label="Annotations in text order"
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const annotation = annotations[row.index];
          if (!annotation) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={annotations.length}
              aria-posinset={row.index + 1}
              className="absolute left-0 top-0 w-full pb-1"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderRow(annotation)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
