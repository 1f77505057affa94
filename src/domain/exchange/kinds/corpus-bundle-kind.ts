import { cleanTitle } from '../../text/clean-title';
import { normalizeText } from '../../text/normalize-text';
import { parseNativeValue } from '../native-format';
import { isJsonObject } from '../read-input';
import { fail } from '../result';
import type { FileKind } from '../registry/file-kind';
import { severalArticles, type CorpusContext, type CorpusFile } from './corpus-article';

function isNativeExport(value: unknown): boolean {
  return isJsonObject(value) && value.format === 'framelens';
}

/**
 * A FrameLens export opened as articles: its texts become articles; its annotations are left
 * for "Import annotations" (the person is told so).
 */
export const corpusBundleKind: FileKind<CorpusFile, CorpusContext> = {
  id: 'corpus-bundle',
  name: 'FrameLens bundle (articles only)',
  extension: 'json',
  mime: 'application/json',
  intake: 'corpus',
  detect(probe) {
    const { json } = probe;
    if (isNativeExport(json)) return { reason: '"format" is "framelens"', confidence: 1 };
    // Refused by the parse with its message (an export is one object, not a list).
    if (Array.isArray(json) && isNativeExport(json[0])) {
      return { reason: 'a FrameLens export wrapped in a JSON list', confidence: 1 };
    }
    return null;
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
