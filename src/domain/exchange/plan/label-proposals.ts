import type { Codebook, Label } from '../../types';
import { lookupKey } from '../foreign-import';
import { KNOWN_LABELS, type UnknownLabelGroup } from './plan-types';

const NEW_LABEL_COLORS = [
  '#CC79A7',
  '#0072B2',
  '#D55E00',
  '#F0E442',
  '#009E73',
  '#56B4E9',
  '#E69F00',
  '#999999',
];

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** A label reference resolved: the id to store and the group (KNOWN_LABELS or a proposal). */
export interface ResolvedLabel {
  labelId: string;
  group: string;
}

/**
 * Proposes the labels a file uses that the codebook lacks. Names are unique case-insensitively:
 * a label whose name the codebook (or an earlier proposal) already has maps to that label.
 * Everything is looked up in Maps and group keys carry a prefix, so names like "toString" or
 * "__proto__" are plain names.
 */
export class LabelProposals {
  private readonly usedIds: Set<string>;
  private readonly usedColors: Set<string>;
  private readonly knownIds: Set<string>;
  private readonly knownByName: Map<string, Label>;
  private readonly proposedByName = new Map<string, UnknownLabelGroup>();
  private readonly proposedById = new Map<string, UnknownLabelGroup>();
  readonly groups = new Map<string, UnknownLabelGroup>();

  constructor(codebook: Codebook) {
    this.usedIds = new Set(codebook.labels.map((label) => label.id));
    this.knownIds = new Set(this.usedIds);
    this.usedColors = new Set(codebook.labels.map((label) => label.color.toUpperCase()));
    this.knownByName = new Map();
    for (const label of codebook.labels) {
      const key = lookupKey(label.name);
      if (!this.knownByName.has(key)) this.knownByName.set(key, label);
    }
  }

  private color(preferred?: string): string {
    if (preferred) return preferred;
    const free = NEW_LABEL_COLORS.find((color) => !this.usedColors.has(color));
    const color = free ?? NEW_LABEL_COLORS[this.groups.size % NEW_LABEL_COLORS.length] ?? '#999999';
    this.usedColors.add(color);
    return color;
  }

  private propose(key: string, proposed: Label, definedInFile: boolean): UnknownLabelGroup {
    const group: UnknownLabelGroup = {
      key,
      name: proposed.name,
      proposed,
      definedInFile,
      counts: { new: 0, updated: 0, unchanged: 0, conflicting: 0 },
      orphaned: 0,
    };
    this.usedIds.add(proposed.id);
    this.groups.set(key, group);
    this.proposedByName.set(lookupKey(proposed.name), group);
    return group;
  }

  /** A label id the file uses (FrameLens files), defined by the file's codebook or not. */
  byId(labelId: string, fileCodebook: Codebook | undefined): ResolvedLabel {
    if (this.knownIds.has(labelId)) return { labelId, group: KNOWN_LABELS };
    const earlier = this.proposedById.get(labelId);
    if (earlier) return { labelId: earlier.proposed.id, group: earlier.key };
    const defined = fileCodebook?.labels.find((label) => label.id === labelId);
    const name = defined?.name.trim() || labelId;
    const sameName = this.knownByName.get(lookupKey(name));
    if (sameName) return { labelId: sameName.id, group: KNOWN_LABELS };
    let group = this.proposedByName.get(lookupKey(name));
    group ??= this.propose(
      `id:${labelId}`,
      {
        id: this.usedIds.has(labelId) ? this.freeId(labelId) : labelId,
        name,
        category: defined?.category ?? 'Imported',
        color: this.color(defined?.color),
        key: '',
        description: defined?.description ?? '',
      },
      Boolean(defined),
    );
    this.proposedById.set(labelId, group);
    return { labelId: group.proposed.id, group: group.key };
  }

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** A label name a foreign file uses: a new label with an id derived from the name. */
  byName(name: string): ResolvedLabel {
    const sameName = this.knownByName.get(lookupKey(name));
    if (sameName) return { labelId: sameName.id, group: KNOWN_LABELS };
    const group =
      this.proposedByName.get(lookupKey(name)) ??
      this.propose(
        `name:${lookupKey(name)}`,
        {
          id: this.freeId(slug(name) || 'imported-label'),
          name: name.trim() || slug(name) || 'imported-label',
          category: 'Imported',
          color: this.color(),
          key: '',
          description: '',
        },
        false,
      );
    return { labelId: group.proposed.id, group: group.key };
  }
}
