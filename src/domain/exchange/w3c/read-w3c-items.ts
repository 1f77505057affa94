import { isJsonObject } from '../read-input';
import { describeValue, fail, succeed, type ParseResult } from '../result';
import { hasType, type Json } from './w3c-json';

/** The envelope: a collection with an embedded first page, a page, one annotation or a list. */

export interface W3cItems {
  items: unknown[];
  /** Where the list is in the file ('' for a bare list or a single annotation). */
  path: string;
}

function collectionItems(value: Json): ParseResult<W3cItems> {
  const first = value.first;
  if (typeof first === 'string') {
    return fail(
      'first is a link to a separate page; import a collection whose first page is embedded (with its items).',
      'first',
    );
  }
  if (first === undefined) {
    if (value.total === 0) return succeed({ items: [], path: 'first.items' });
    return fail('The annotation collection has no "first" page.', 'first');
  }
  if (!isJsonObject(first) || !Array.isArray(first.items)) {
    return fail('first.items must be a list of annotations.', 'first.items');
  }
  return succeed({ items: first.items, path: 'first.items' });
}

export function readW3cItems(value: unknown): ParseResult<W3cItems> {
  if (Array.isArray(value)) return succeed({ items: value, path: '' });
  if (!isJsonObject(value)) {
    return fail(
      `The file holds ${describeValue(value)}, not a W3C annotation collection.`,
      '(root)',
    );
  }
  if (hasType(value, 'AnnotationCollection')) return collectionItems(value);
  if (hasType(value, 'AnnotationPage')) {
    if (!Array.isArray(value.items)) return fail('items must be a list of annotations.', 'items');
    return succeed({ items: value.items, path: 'items' });
  }
  if (hasType(value, 'Annotation')) return succeed({ items: [value], path: '' });
  return fail(
    `type is ${describeValue(value.type)}; expected "AnnotationCollection", "AnnotationPage" or "Annotation".`,
    'type',
  );
}

/** How messages name item `index`: `first.items[2]`, `[2]` in a bare list, `(root)` alone. */
export function itemPlace(found: W3cItems, index: number, isList: boolean): string {
  if (found.path !== '') return `${found.path}[${index}]`;
  return isList ? `[${index}]` : '(root)';
}
