/**
 * A token's value for α and κ is the set of labels covering it, as one value. Sets are
 * interned as small integers so that units can be counted in typed arrays: 0 is "none".
 */
export class LabelSetValues {
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly sets: (readonly string[])[] = [[]];

  /** The value of a sorted, repeat-free list of label ids. */
  idOf(labelIds: readonly string[]): number {
    const key = labelIds.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.ids.set(key, id);
      this.sets.push(labelIds);
    }
    return id;
  }

  labelsOf(id: number): readonly string[] {
    return this.sets[id] ?? [];
  }

  get size(): number {
    return this.sets.length;
  }
}
