import { cleanTitle } from '../../text/clean-title';
import { normalizeText } from '../../text/normalize-text';
import { parseNativeValue } from '../native-format';
import { fail } from '../result';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import { severalArticles, type CorpusContext, type CorpusFile } from './corpus-article';
import { framelensKind } from './framelens-kind';

/**
 * A FrameLens export opened as articles: its texts become articles; its annotations are left
 * for "Import annotations" (the person is told so).
 */
export const corpusBundleKind: FileKind<CorpusFile, CorpusContext> = {
  ...KIND_INFO['corpus-bundle'],
  // The same files as the FrameLens kind claims (a list too, so that the parse says what is
  // wrong: an export is one object); which of the two runs depends on where it was opened.
  detect: (probe) => framelensKind.detect(probe),
  parse(probe) {
    if (probe.json === undefined) return fail('The file is not JSON.', 'file');
    const parsed = parseNativeValue(probe.json);
    if (!parsed.ok) return parsed;
    const { articles, outlets, annotations } = parsed.value;
    const outletNames = new Map(outlets.map((outlet) => [outlet.id, outlet.name]));
    const notes = [...parsed.warnings];
    const withText = articles.filter((article) => article.text !== undefined);
    if (withText.length < articles.length) {
      notes.push(`${articles.length - withText.length} articles without their text were left out.`);
    }
    if (annotations.length > 0) {
      notes.push(
        `The file also holds ${annotations.length} annotations: import it under “Import annotations” to bring them (the articles come with them).`,
      );
    }
    return severalArticles(
      withText.map((article, index) => ({
        where: `article ${index + 1}`,
        outletName: outletNames.get(article.outletId) ?? '',
        title: article.title,
        published: article.published,
        url: article.url,
        language: article.language,
        text: normalizeText(article.text ?? ''),
        source: 'import',
      })),
      (index) => `Article ${index + 1} (“${cleanTitle(withText[index]?.title ?? '')}”)`,
      notes,
    );
  },
};
