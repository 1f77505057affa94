import { goldAnnotation } from '../../../domain/agreement/gold-annotation';
import type { SpanAttributes } from '../../../domain/agreement/agreement-types';
import type { CurationGroup } from '../../../domain/agreement/curation-types';
import type { PlannedDecision } from '../../../db';

/** A version as accepted (picked as it is, or edited): its attributes, extent and note. */
export interface AcceptedVersion extends SpanAttributes {
  start: number;
  end: number;
  note: string;
}

interface GoldContext {
  goldAnnotatorId: string;
  /** The article's text, for the gold annotation's quote and context. */
  text: string;
  id: string;
  now: string;
}

export function plannedAccept(
  group: CurationGroup,
  version: AcceptedVersion,
  context: GoldContext,
): PlannedDecision {
  const annotation = goldAnnotation({
    ...context,
    articleId: group.articleId,
    labelId: version.labelId,
    target: version.target,
    voice: version.voice,
    valence: version.valence,
    start: version.start,
    end: version.end,
    note: version.note,
  });
  return { groupKey: group.key, articleId: group.articleId, outcome: 'accepted', annotation };
}

export function plannedReject(group: CurationGroup): PlannedDecision {
  return { groupKey: group.key, articleId: group.articleId, outcome: 'rejected', annotation: null };
}

/** Valence typed by the curator: a whole number from −2 to 2, else why not. */
export function parseValence(typed: string): { value: number } | { error: string } {
  const trimmed = typed.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < -2 || value > 2) {
    return { error: `Valence must be a whole number from −2 to 2 (not “${typed}”).` };
  }
  return { value };
}

/** k typed for "at least k of n agree": a whole number from 1 to n, else why not. */
export function parseAtLeast(typed: string, n: number): { value: number } | { error: string } {
  const trimmed = typed.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < 1 || value > n) {
    return { error: `Type a whole number from 1 to ${n} (not “${typed}”).` };
  }
  return { value };
}

/** A valence as shown: +1, 0, −2. */
export function signed(valence: number): string {
  if (valence > 0) return `+${valence}`;
  return valence < 0 ? `−${-valence}` : '0';
}
