export function ShortcutsHelp() {
  return (
    <details className="text-xs text-slate-600">
      <summary className="cursor-pointer">Keyboard shortcuts</summary>
      <ul className="mt-1 list-disc pl-5">
        <li>1–9: label the selection, or relabel the selected annotation</li>
        <li>Arrow keys (text focused): select word by word; Shift extends</li>
        <li>J / K: next / previous annotation or suggestion</li>
        <li>Enter / Backspace: accept / reject the current suggestion</li>
        <li>Delete: delete the selected annotation; Esc: clear</li>
        <li>Ctrl+Z / Ctrl+Shift+Z: undo / redo</li>
      </ul>
    </details>
  );
}
