import { Button } from '../../../ui/button';
import { MapAnnotatorChooser } from './map-annotator-chooser';
import { MapLegend } from './map-legend';
import type { DisagreementMapState } from './use-disagreement-map';

interface Props {
  map: DisagreementMapState;
  text: string;
  onStep: (direction: 1 | -1) => void;
}

/** The map's side panel: who is on it, the filter, the legend, J/K and "At this word". */
export function DisagreementPanel({ map, text, onStep }: Props) {
  const { people, contestedCount } = map;
  return (
    <section
      aria-labelledby="disagreement-map-heading"
      className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm"
    >
      <h2 id="disagreement-map-heading" className="font-semibold">
        Disagreement map
      </h2>
      {people.error && (
        <p role="alert" className="text-red-800">
          Could not compute the disagreement map: {people.error.message}
        </p>
      )}
      {people.computing && !people.result && <p role="status">Computing the map…</p>}
      <MapAnnotatorChooser people={people} />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={map.contestedOnly}
          onChange={(event) => map.setContestedOnly(event.target.checked)}
        />
        Contested only
      </label>
      <MapLegend />
      <p>
        {contestedCount} contested {contestedCount === 1 ? 'span' : 'spans'}
        <span className="text-slate-600"> — J / K step through them</span>
      </p>
      <div className="flex gap-2">
        <Button onClick={() => onStep(-1)} aria-keyshortcuts="K" disabled={contestedCount === 0}>
          Previous contested
        </Button>
        <Button onClick={() => onStep(1)} aria-keyshortcuts="J" disabled={contestedCount === 0}>
          Next contested
        </Button>
      </div>
      <AtThisWord map={map} text={text} />
    </section>
  );
}

function AtThisWord({ map, text }: { map: DisagreementMapState; text: string }) {
  const { probe, lines } = map;
  return (
    <div
      role="status"
      aria-labelledby="at-this-word-heading"
      className="rounded border border-slate-200 bg-slate-50 p-2"
    >
      <h3 id="at-this-word-heading" className="font-medium">
        At this word
      </h3>
      {!map.probed && (
        <p className="text-slate-700">
          Point at a word, select it, or press J for the next contested span.
        </p>
      )}
      {probe && (
        <p>
          {probe.contested !== null &&
            `Contested span ${probe.contested + 1} of ${map.contestedCount}: `}
          “<bdi>{text.slice(probe.start, probe.end)}</bdi>”
        </p>
      )}
      {map.probed && lines.length === 0 && <p>Nobody on the map marked it.</p>}
      {lines.length > 0 && (
        <ul className="mt-1 flex flex-col gap-0.5">
          {lines.map((line, index) => (
            <li key={`${index}:${line}`} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
