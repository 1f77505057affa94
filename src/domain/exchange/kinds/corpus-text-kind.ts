import { normalizeText } from '../../text/normalize-text';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import {
  ARTICLE_TEXT_EXTENSIONS,
  firstLineTitle,
  singleArticle,
  type CorpusContext,
  type CorpusFile,
} from './corpus-article';

/** A .txt or Markdown file: one article, titled by its first line. */
export const corpusTextKind: FileKind<CorpusFile, CorpusContext> = {
  ...KIND_INFO['corpus-text'],
  detect(probe) {
    if (!ARTICLE_TEXT_EXTENSIONS.includes(probe.extension)) return null;
    // The extension decides: a text file is one article's text, whatever it looks like.
    return { reason: `a .${probe.extension} file (one article)`, confidence: 1 };
  },
  parse(probe) {
    const text = normalizeText(probe.text);
    return singleArticle(text, {
      outletName: '',
      title: firstLineTitle(text),
      published: '',
      url: null,
    });
  },
};
