/** Article text is stored NFC-normalised with LF line endings; offsets index into that form. */
export function normalizeText(raw: string): string {
  return stripBom(raw).replace(/\r\n?/g, '\n').normalize('NFC');
}

export function stripBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
