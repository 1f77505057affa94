interface Props {
  showEveryone: boolean;
  onShowEveryone: (show: boolean) => void;
  blind: boolean;
  onToggleBlind: () => void;
}

export function ViewOptions({ showEveryone, onShowEveryone, blind, onToggleBlind }: Props) {
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
        <input type="checkbox" checked={blind} onChange={onToggleBlind} />
        Blind mode (hide suggestions)
      </label>
    </div>
  );
}
