import { getFoldTable } from '../text/char-classes';

/**
 * The folded keys a form matches: case, apostrophes and hyphens folded, white-space runs
 * collapsed to one space, and every hyphen also accepted as a space ("foreign-backed" matches
 * "foreign backed"). A space in a form does not match a hyphen.
 */
export function formKeys(form: string): string[] {
  const fold = getFoldTable();
  const trimmed = form.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (trimmed === '') return [];
  const units: string[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    units.push(String.fromCharCode(fold[trimmed.charCodeAt(i)] ?? 0));
  }
  const [head = '', ...tail] = units.join('').split('-');
  let keys = [head];
  for (const part of tail) keys = keys.flatMap((key) => [`${key}-${part}`, `${key} ${part}`]);
  return keys;
}
