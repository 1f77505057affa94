/** Shared classes for the summary's tables (kept readable on screen and on paper). */
// Relative: the screen-reader-only text in the cells is positioned inside the scrolling box,
// not past the page's right edge (which made the whole page scroll sideways on a phone).
export const tableWrap = 'relative max-w-full overflow-x-auto print:overflow-visible';
export const table = 'w-full border-collapse text-sm';
export const caption = 'caption-top pb-2 text-left text-xs text-slate-500';
const thBase = 'border-b border-slate-300 px-2 py-1.5 align-bottom font-semibold text-slate-700';
export const th = `${thBase} text-left`;
export const thCenter = `${thBase} text-center`;
export const thNumber = `${thBase} text-right`;
export const rowHeader =
  'border-b border-slate-200 px-2 py-1.5 text-left align-top font-medium text-slate-900';
export const td = 'border-b border-slate-200 px-2 py-1.5 align-top';
export const tdNumber = `${td} whitespace-nowrap text-right tabular-nums print:whitespace-normal`;
