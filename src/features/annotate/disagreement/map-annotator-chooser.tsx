import type { DisagreementMapState } from './use-disagreement-map';

/** One checkbox per annotator who coded the article; gold sets are left off to start with. */
export function MapAnnotatorChooser({ people }: { people: DisagreementMapState['people'] }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-medium">Annotators on the map</legend>
      {people.coders.length === 0 && !people.computing && (
        <p className="text-slate-700">Nobody has annotated this article yet.</p>
      )}
      {people.coders.map((coder) => (
        <label key={coder.id} className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={people.isOn(coder.id)}
            onChange={(event) => people.toggle(coder.id, event.target.checked)}
          />
          <span dir="auto">{coder.name}</span>
          {coder.gold && <span className="text-slate-600">(gold set)</span>}
        </label>
      ))}
    </fieldset>
  );
}
