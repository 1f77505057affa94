/** Outlet names are unique case-insensitively; this key is what uniqueness is checked on. */
export function outletNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function cleanOutletName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}
