import { cleanOutletName, outletNameKey } from '../../outlet-name';
import type { Outlet } from '../../types';
import { stableId } from '../stable-id';

/** Finds or plans the outlet of a new article. */
export class OutletResolver {
  private readonly byId: Map<string, Outlet>;
  private readonly byKey: Map<string, Outlet>;
  readonly added: Outlet[] = [];

  constructor(outlets: readonly Outlet[]) {
    this.byId = new Map(outlets.map((outlet) => [outlet.id, outlet]));
    this.byKey = new Map(outlets.map((outlet) => [outlet.nameKey, outlet]));
  }

  resolve(name: string, preferredId?: string): string {
    if (preferredId !== undefined) {
      const sameId = this.byId.get(preferredId);
      if (sameId) return sameId.id;
    }
    const cleaned = cleanOutletName(name) || 'Imported';
    const nameKey = outletNameKey(cleaned);
    const sameName = this.byKey.get(nameKey);
    if (sameName) return sameName.id;
    // Without an id from the file, one derived from the name: every library that imports
    // this outlet gives it the same id, whatever the order of the files.
    const id = preferredId ?? stableId(['framelens-outlet', nameKey]);
    const outlet: Outlet = { id, name: cleaned, nameKey };
    this.byId.set(outlet.id, outlet);
    this.byKey.set(nameKey, outlet);
    this.added.push(outlet);
    return outlet.id;
  }
}
