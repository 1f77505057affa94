import type { Assignment } from './classroom-types';
import { redactOutletName } from './outlet-codes';

/**
 * What outlet-blind hides in this library: the outlets of every assignment this person
 * received outlet-blind and that has not been revealed. Every place that shows an outlet
 * (library, reader, summary, exports) asks the mask.
 */
export interface OutletMask {
  /** Code by outlet id, for masked outlets only. */
  readonly codes: ReadonlyMap<string, string>;
}

export const NO_MASK: OutletMask = { codes: new Map() };

export function buildOutletMask(assignments: readonly Assignment[]): OutletMask {
  const codes = new Map<string, string>();
  for (const assignment of assignments) {
    if (assignment.role !== 'student' || !assignment.mode.outletBlind || assignment.revealed) {
      continue;
    }
    for (const [outletId, code] of Object.entries(assignment.outletCodes)) {
      if (!codes.has(outletId)) codes.set(outletId, code);
    }
  }
  return codes.size === 0 ? NO_MASK : { codes };
}

export function isOutletMasked(mask: OutletMask, outletId: string): boolean {
  return mask.codes.has(outletId);
}

/** The name to show for an outlet: its code when masked, else its name. */
export function outletDisplayName(mask: OutletMask, outletId: string, name: string): string {
  return mask.codes.get(outletId) ?? name;
}

/** The title to show: the outlet's name inside it replaced by its code when masked. */
export function titleForDisplay(
  mask: OutletMask,
  article: { title: string; outletId: string },
  outletName: string,
): string {
  const code = mask.codes.get(article.outletId);
  return code === undefined ? article.title : redactOutletName(article.title, outletName, code);
}

/** The link to show: none when the outlet is masked (a URL names its outlet). */
export function urlForDisplay(
  mask: OutletMask,
  article: { url: string | null; outletId: string },
): string | null {
  return mask.codes.has(article.outletId) ? null : article.url;
}
