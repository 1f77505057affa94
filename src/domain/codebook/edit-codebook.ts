import type { Actor, Codebook, Label } from '../types';

/**
 * Pure edits of a codebook. Each returns a new codebook or says, in words a person can act
 * on, why the edit is refused; the input is never mutated. Saving (and versioning) is the
 * caller's job.
 */
export type EditResult = { ok: true; codebook: Codebook } | { ok: false; error: string };

export const LABEL_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export const MAX_NAME_LENGTH = 80;
export const MAX_DESCRIPTION_LENGTH = 1000;

/** Distinct colours for new labels (Okabe–Ito first, as in the default codebook). */
const NEW_LABEL_COLORS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#000000',
  '#7f7f7f',
];

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export type RandomSuffix = () => string;

/** Four base-36 characters from the platform's secure random source. */
export const randomSuffix: RandomSuffix = () => {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
};

/** "Attribution & doubt" → "attribution-doubt"; accents folded, other scripts kept. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/**
 * A readable id for a new record: the slug of its name (with `prefix`), plus a short random
 * suffix when that id is taken. Ids never change afterwards, even when the name does.
 */
export function uniqueId(
  name: string,
  takenIds: Iterable<string>,
  options: { prefix?: string; fallback?: string; random?: RandomSuffix } = {},
): string {
  const taken = new Set(takenIds);
  const base = `${options.prefix ?? ''}${slugify(name) || (options.fallback ?? 'item')}`;
  if (!taken.has(base)) return base;
  const random = options.random ?? randomSuffix;
  for (;;) {
    const candidate = `${base}-${random()}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function cleanName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function sameName(a: string, b: string): boolean {
  return cleanName(a).toLocaleLowerCase('en') === cleanName(b).toLocaleLowerCase('en');
}

function checkName(name: string, what: string): string | null {
  if (name === '') return `Give the ${what} a name.`;
  if (name.length > MAX_NAME_LENGTH) {
    return `${capitalise(what)} names are at most ${MAX_NAME_LENGTH} characters.`;
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function refuse(error: string): EditResult {
  return { ok: false, error };
}

function withLabels(codebook: Codebook, labels: Label[]): EditResult {
  return { ok: true, codebook: { ...codebook, labels } };
}

function withActors(codebook: Codebook, actors: Actor[]): EditResult {
  return { ok: true, codebook: { ...codebook, actors } };
}

const MISSING_LABEL = 'That label no longer exists. Reload the page to see the current codebook.';
const MISSING_ACTOR = 'That actor no longer exists. Reload the page to see the current codebook.';

function labelNameConflict(codebook: Codebook, name: string, exceptId?: string): string | null {
  const clash = codebook.labels.find(
    (label) => label.id !== exceptId && sameName(label.name, name),
  );
  return clash ? `There is already a label named “${clash.name}”.` : null;
}

function actorNameConflict(codebook: Codebook, name: string, exceptId?: string): string | null {
  const clash = codebook.actors.find(
    (actor) => actor.id !== exceptId && sameName(actor.name, name),
  );
  return clash ? `There is already an actor named “${clash.name}”.` : null;
}

function keyConflict(codebook: Codebook, key: string, exceptId?: string): string | null {
  if (key === '') return null;
  if (!(LABEL_KEYS as readonly string[]).includes(key)) {
    return 'A shortcut key is one of 1 to 9, or none.';
  }
  const holder = codebook.labels.find((label) => label.id !== exceptId && label.key === key);
  return holder
    ? `Key ${key} is already used by “${holder.name}”. Give that label another key first.`
    : null;
}

function checkColor(color: string): string | null {
  return HEX_COLOR.test(color) ? null : 'Colours are written #rrggbb, for example #e69f00.';
}

function updateLabel(
  codebook: Codebook,
  labelId: string,
  change: (label: Label) => Label,
): EditResult {
  if (!codebook.labels.some((label) => label.id === labelId)) return refuse(MISSING_LABEL);
  return withLabels(
    codebook,
    codebook.labels.map((label) => (label.id === labelId ? change(label) : label)),
  );
}

function updateActor(
  codebook: Codebook,
  actorId: string,
  change: (actor: Actor) => Actor,
): EditResult {
  if (!codebook.actors.some((actor) => actor.id === actorId)) return refuse(MISSING_ACTOR);
  return withActors(
    codebook,
    codebook.actors.map((actor) => (actor.id === actorId ? change(actor) : actor)),
  );
}

export interface NewLabelInput {
  name: string;
  /** Defaults to a colour no other label uses. */
  color?: string;
  /** Defaults to the first free key, or none when 1–9 are all taken. */
  key?: string;
  category?: string;
  description?: string;
}

export function addLabel(
  codebook: Codebook,
  input: NewLabelInput,
  random: RandomSuffix = randomSuffix,
): EditResult {
  const name = cleanName(input.name);
  const problem =
    checkName(name, 'label') ??
    labelNameConflict(codebook, name) ??
    (input.key !== undefined ? keyConflict(codebook, input.key) : null) ??
    (input.color !== undefined ? checkColor(input.color) : null);
  if (problem) return refuse(problem);
  const usedKeys = new Set(codebook.labels.map((label) => label.key));
  const usedColors = new Set(codebook.labels.map((label) => label.color.toLowerCase()));
  const label: Label = {
    id: uniqueId(
      name,
      codebook.labels.map((existing) => existing.id),
      { fallback: 'label', random },
    ),
    name,
    category: (input.category ?? '').trim(),
    color: (
      input.color ??
      NEW_LABEL_COLORS.find((color) => !usedColors.has(color)) ??
      NEW_LABEL_COLORS[0] ??
      '#7f7f7f'
    ).toLowerCase(),
    key: input.key ?? LABEL_KEYS.find((key) => !usedKeys.has(key)) ?? '',
    description: (input.description ?? '').trim(),
  };
  return withLabels(codebook, [...codebook.labels, label]);
}

export function renameLabel(codebook: Codebook, labelId: string, newName: string): EditResult {
  const name = cleanName(newName);
  const problem = checkName(name, 'label') ?? labelNameConflict(codebook, name, labelId);
  if (problem) return refuse(problem);
  return updateLabel(codebook, labelId, (label) => ({ ...label, name }));
}

export function recolorLabel(codebook: Codebook, labelId: string, color: string): EditResult {
  const problem = checkColor(color);
  if (problem) return refuse(problem);
  return updateLabel(codebook, labelId, (label) => ({ ...label, color: color.toLowerCase() }));
}

export function setLabelKey(codebook: Codebook, labelId: string, key: string): EditResult {
  const problem = keyConflict(codebook, key, labelId);
  if (problem) return refuse(problem);
  return updateLabel(codebook, labelId, (label) => ({ ...label, key }));
}

export function setLabelCategory(
  codebook: Codebook,
  labelId: string,
  category: string,
): EditResult {
  const cleaned = cleanName(category);
  if (cleaned.length > MAX_NAME_LENGTH) {
    return refuse(`Categories are at most ${MAX_NAME_LENGTH} characters.`);
  }
  return updateLabel(codebook, labelId, (label) => ({ ...label, category: cleaned }));
}

export function setLabelDescription(
  codebook: Codebook,
  labelId: string,
  description: string,
): EditResult {
  const cleaned = description.normalize('NFC').trim();
  if (cleaned.length > MAX_DESCRIPTION_LENGTH) {
    return refuse(`Descriptions are at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  }
  return updateLabel(codebook, labelId, (label) => ({ ...label, description: cleaned }));
}

/** Moves a label one place up (-1) or down (+1) in the list; the order is the order shown. */
export function moveLabel(codebook: Codebook, labelId: string, direction: -1 | 1): EditResult {
  const from = codebook.labels.findIndex((label) => label.id === labelId);
  if (from === -1) return refuse(MISSING_LABEL);
  const to = from + direction;
  if (to < 0) return refuse('This label is already the first.');
  if (to >= codebook.labels.length) return refuse('This label is already the last.');
  const labels = [...codebook.labels];
  const [moved] = labels.splice(from, 1);
  if (!moved) return refuse(MISSING_LABEL);
  labels.splice(to, 0, moved);
  return withLabels(codebook, labels);
}

export function addActor(
  codebook: Codebook,
  newName: string,
  random: RandomSuffix = randomSuffix,
): EditResult {
  const name = cleanName(newName);
  const problem = checkName(name, 'actor') ?? actorNameConflict(codebook, name);
  if (problem) return refuse(problem);
  const actor: Actor = {
    id: uniqueId(
      name,
      codebook.actors.map((existing) => existing.id),
      { fallback: 'actor', random },
    ),
    name,
    aliases: [],
  };
  return withActors(codebook, [...codebook.actors, actor]);
}

export function renameActor(codebook: Codebook, actorId: string, newName: string): EditResult {
  const name = cleanName(newName);
  const problem = checkName(name, 'actor') ?? actorNameConflict(codebook, name, actorId);
  if (problem) return refuse(problem);
  return updateActor(codebook, actorId, (actor) => ({ ...actor, name }));
}

/**
 * Aliases are how target suggestions find an actor in a sentence, so one alias may belong to
 * one actor only (case-insensitively): otherwise the suggestion would be a coin toss.
 */
export function addAlias(codebook: Codebook, actorId: string, newAlias: string): EditResult {
  const alias = cleanName(newAlias);
  if (alias === '') return refuse('Type the alias first.');
  if (alias.length > MAX_NAME_LENGTH) {
    return refuse(`Aliases are at most ${MAX_NAME_LENGTH} characters.`);
  }
  const owner = codebook.actors.find((actor) =>
    actor.aliases.some((existing) => sameName(existing, alias)),
  );
  if (owner) {
    return refuse(
      owner.id === actorId
        ? `“${alias}” is already an alias of this actor.`
        : `“${alias}” is already an alias of “${owner.name}”.`,
    );
  }
  return updateActor(codebook, actorId, (actor) => ({
    ...actor,
    aliases: [...actor.aliases, alias],
  }));
}

export function removeAlias(codebook: Codebook, actorId: string, alias: string): EditResult {
  const actor = codebook.actors.find((candidate) => candidate.id === actorId);
  if (!actor) return refuse(MISSING_ACTOR);
  if (!actor.aliases.includes(alias)) return refuse(`“${alias}” is not an alias of this actor.`);
  return updateActor(codebook, actorId, (current) => ({
    ...current,
    aliases: current.aliases.filter((existing) => existing !== alias),
  }));
}
