import type { Article } from '../../types';
import { safeHttpUrl } from '../../urls';
import { isUuid } from '../stable-id';

/** The names and id forms W3C export and import share. */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const FRAMELENS_NS = 'urn:framelens:';
export const W3C_CONTEXT: [string, { framelens: string }] = [
  ANNO_CONTEXT,
  { framelens: FRAMELENS_NS },
];

export const ANNOTATION_URN = `${FRAMELENS_NS}annotation:`;
export const ANNOTATOR_URN = `${FRAMELENS_NS}annotator:`;

export type W3cArticle = Pick<Article, 'id' | 'url' | 'textHash' | 'text'>;

export function toIri(id: string, urnPrefix: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : `${urnPrefix}${encodeURIComponent(id)}`;
}

export function fromIri(iri: string, urnPrefix: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(urnPrefix)) {
    try {
      return decodeURIComponent(iri.slice(urnPrefix.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

export function articleSourceIri(article: Pick<Article, 'url' | 'textHash'>): string {
  return safeHttpUrl(article.url) ?? `urn:sha256:${article.textHash}`;
}
