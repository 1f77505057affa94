/**
 * Sets of label ids, each interned once as a small integer so that "the labels covering this
 * token" fits in a typed array and two tokens compare by one number. Set 0 is the empty set.
 */
export class LabelSets {
  private readonly labelIndex = new Map<string, number>();
  private readonly members: number[][] = [[]];
  private readonly ids: string[][] = [[]];
  private readonly byMembers = new Map<string, number>([['', 0]]);
  /** (set, label) → the set with that label added; keyed by set × labels + label. */
  private readonly additions = new Map<number, number>();

  constructor(private readonly labelIds: readonly string[]) {
    labelIds.forEach((id, index) => this.labelIndex.set(id, index));
  }

  /** The set `set` with `labelId` added (one of the label ids given to the constructor). */
  add(set: number, labelId: string): number {
    const label = this.labelIndex.get(labelId);
    if (label === undefined) throw new Error(`Unknown label id ${labelId}`);
    const step = set * this.labelIds.length + label;
    const known = this.additions.get(step);
    if (known !== undefined) return known;
    const result = this.intern([...new Set([...(this.members[set] ?? []), label])]);
    this.additions.set(step, result);
    return result;
  }

  /** The set's label ids, sorted (one shared array per set: do not change it). */
  labelsOf(set: number): string[] {
    return this.ids[set] ?? [];
  }

  private intern(labels: number[]): number {
    labels.sort((a, b) => a - b);
    const name = labels.join(',');
    const known = this.byMembers.get(name);
    if (known !== undefined) return known;
    const set = this.members.length;
    this.members.push(labels);
    this.ids.push(labels.map((label) => this.labelIds[label] ?? '').sort());
    this.byMembers.set(name, set);
    return set;
  }
}
