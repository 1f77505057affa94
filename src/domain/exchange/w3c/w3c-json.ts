import { isJsonObject } from '../read-input';

/** JSON-LD lets most keys hold one value or a list; these read either. */

export type Json = Record<string, unknown>;

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function hasType(value: Json, type: string): boolean {
  return asList(value.type).includes(type);
}

export function stringOrId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isJsonObject(value) && typeof value.id === 'string') return value.id;
  return null;
}
