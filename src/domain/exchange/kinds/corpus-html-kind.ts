import { normalizeText } from '../../text/normalize-text';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import {
  ARTICLE_HTML_EXTENSIONS,
  firstLineTitle,
  singleArticle,
  type CorpusContext,
  type CorpusFile,
} from './corpus-article';
import { extractHtmlArticle } from './html-article';

/**
 * An HTML page: one article, its text read by a tokenizer that never builds a document
 * (nothing in the file runs or loads), so it works in the import worker.
 */
export const corpusHtmlKind: FileKind<CorpusFile, CorpusContext> = {
  ...KIND_INFO['corpus-html'],
  detect(probe) {
    if (!ARTICLE_HTML_EXTENSIONS.includes(probe.extension)) return null;
    return { reason: `a .${probe.extension} file (one article)`, confidence: 1 };
  },
  parse(probe, context) {
    const html = extractHtmlArticle(probe.text, context.onProgress);
    const text = normalizeText(html.text);
    return singleArticle(
      text,
      {
        outletName: html.outletName,
        title: html.title || firstLineTitle(text),
        published: html.published,
        url: html.url,
      },
      probe.text.length > 0 ? ['Text taken from the HTML; nothing in it was run or loaded.'] : [],
    );
  },
};
