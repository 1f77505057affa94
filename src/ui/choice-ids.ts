/* What a list of checkboxes (src/ui/choice-list.tsx) shows as chosen, and a click's result. */

/** The ids shown as chosen: the person's own choice, else what the report chose by default. */
export function chosenIds(
  choice: readonly string[] | null,
  byDefault: readonly string[],
): readonly string[] {
  return choice ?? byDefault;
}

/** `chosen` with `id` added or removed, in the order of `order`; the last one always stays. */
export function toggledIds(
  chosen: readonly string[],
  id: string,
  order: readonly string[],
): readonly string[] {
  const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
  if (next.length === 0) return chosen;
  return order.filter((other) => next.includes(other));
}
