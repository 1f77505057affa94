/** Shared classes for the Agreement page's tables. */
export const table = 'border-collapse text-sm';
const thBase =
  'border-b border-slate-300 bg-white px-2 py-1.5 align-bottom font-semibold whitespace-nowrap text-slate-700';
export const th = `${thBase} text-left`;
export const thNumber = `${thBase} text-right`;
export const rowHeader =
  'border-b border-slate-200 bg-white px-2 py-1.5 text-left align-top font-medium text-slate-900';
export const td = 'border-b border-slate-200 px-2 py-1.5 align-top';
export const tdNumber = `${td} whitespace-nowrap text-right tabular-nums`;
