import type { ParsedExchangeFile } from '../import-file';

/** Every annotation id a parsed file brings: the stored annotations the plan must see. */
export function incomingAnnotationIds(parsed: ParsedExchangeFile): string[] {
  if (parsed.format === 'framelens') return parsed.data.annotations.map((a) => a.id);
  if (parsed.format === 'csv-corpus') return [];
  const { annotations, needsLabel, orphaned, alternateIds } = parsed.data;
  return [
    ...annotations.map((a) => a.id),
    ...needsLabel.map((entry) => entry.annotation.id),
    ...orphaned.map((entry) => entry.annotation.id),
    ...alternateIds.values(),
  ];
}
