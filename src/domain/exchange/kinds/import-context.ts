import type { Article, Codebook } from '../../types';
import type { DoccanoOffsetUnits } from '../doccano-units';

/** Everything the annotation parsers may need from the app, gathered once by the importer. */
export interface ImportContext {
  codebook: Codebook;
  /** Library articles: to resolve W3C targets and CSV rows, and to accept text-less exports. */
  articles: readonly Pick<Article, 'id' | 'url' | 'textHash' | 'text'>[];
  /** The current annotator: used where a file names nobody. */
  annotatorId: string;
  /** Timestamp for records that carry none (best: the file's lastModified). */
  importedAt: string;
  /** Outlet for documents whose file names none. */
  defaultOutletName: string;
  /** Language for corpus CSV articles. */
  language: string;
  /** The unit of a doccano file's offsets the person chose; without it the spans decide. */
  doccanoOffsetUnits?: DoccanoOffsetUnits;
}
