interface Props {
  showEveryone: boolean;
  onShowEveryone: (show: boolean) => void;
  blind: boolean;
  /** An assignment holding this article has suggestions off: blind mode cannot be left. */
  blindLocked: boolean;
  onToggleBlind: () => void;
  disagreementMap: boolean;
  onDisagreementMap: (on: boolean) => void;
}

export function ViewOptions({
  showEveryone,
  onShowEveryone,
  blind,
  blindLocked,
  onToggleBlind,
  disagreementMap,
  onDisagreementMap,
}: Props) {
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={showEveryone}
          onChange={(event) => onShowEveryone(event.target.checked)}
        />
        Show everyone’s annotations
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={blind}
          disabled={blindLocked}
          aria-describedby={blindLocked ? 'blind-locked-reason' : undefined}
          onChange={onToggleBlind}
        />
        Blind mode (hide suggestions)
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={disagreementMap}
          onChange={(event) => onDisagreementMap(event.target.checked)}
        />
        Disagreement map
      </label>
      {blindLocked && (
        <p id="blind-locked-reason" className="w-full text-xs text-slate-700">
          Suggestions are off for this assignment
        </p>
      )}
    </div>
  );
}
