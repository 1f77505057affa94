/** A key shown beside the control it works (hidden from screen readers: the control says it). */
export function KeyHint({ children }: { children: string }) {
  return (
    <kbd
      aria-hidden="true"
      className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs font-normal text-slate-700"
    >
      {children}
    </kbd>
  );
}
