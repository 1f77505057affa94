/** How a curated gold annotator is named: the adjudication's result. */
const GOLD_NAME_PREFIX = 'Gold — curated by';

/** The gold annotator's name for a curator ("Gold — curated by Ms Rivera"). */
export function goldAnnotatorName(curatorName: string): string {
  return `${GOLD_NAME_PREFIX} ${curatorName.trim()}`;
}

/** Whether an annotator is a curated gold set rather than a person. */
export function isGoldAnnotatorName(name: string): boolean {
  return name.startsWith(GOLD_NAME_PREFIX);
}
