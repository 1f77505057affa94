/** Saves a blob as a file through a temporary object URL and a hidden <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The local calendar date as YYYY-MM-DD. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "naming-table", "csv" → "framelens-naming-table-2026-11-23.csv": what, and when. */
export function datedFileName(what: string, extension: string, date: Date = new Date()): string {
  const slug = what
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `framelens-${slug || 'export'}-${localIsoDate(date)}.${extension}`;
}
