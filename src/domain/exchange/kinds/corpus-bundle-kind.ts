import { cleanTitle } from '../../text/clean-title';
import { normalizeText } from '../../text/normalize-text';
import { NATIVE_FORMAT, parseNativeValue } from '../native-format';
import { fail } from '../result';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import { severalArticles, type CorpusContext, type CorpusFile } from './corpus-article';
import { jsonSubject } from './json-shape';

/**
 * A FrameLens export opened as articles: its texts become articles; its annotations are left
 * for "Import annotations" (the person is told so).
 */
export const corpusBundleKind: FileKind<CorpusFile, CorpusContext> = {
  ...KIND_INFO['corpus-bundle'],
  detect(probe) {
    const subject = jsonSubject(probe.json);
    if (subject?.object.format !== NATIVE_FORMAT) return null;
    // A list is claimed so that the parse says what is wrong (an export is one object).
    return subject.inList
      ? { reason: 'a FrameLens export wrapped in a JSON list', confidence: 1 }
      : { reason: '"format" is "framelens"', confidence: 1 };
  },
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
