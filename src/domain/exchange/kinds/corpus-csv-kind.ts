import { parseCorpusCsv } from '../csv-format';
import { detectFormat } from '../detect-format';
import type { FileKind } from '../registry/file-kind';
import {
  ARTICLE_HTML_EXTENSIONS,
  ARTICLE_TEXT_EXTENSIONS,
  severalArticles,
  type CorpusContext,
  type CorpusFile,
} from './corpus-article';

/** A corpus CSV (outlet,title,published,url,text): one article per row. */
export const corpusCsvKind: FileKind<CorpusFile, CorpusContext> = {
  id: 'corpus-csv',
  name: 'Corpus CSV',
  extension: 'csv',
  mime: 'text/csv',
  intake: 'corpus',
  detect(probe) {
    if (probe.json !== undefined) return null;
    if ([...ARTICLE_TEXT_EXTENSIONS, ...ARTICLE_HTML_EXTENSIONS].includes(probe.extension)) {
      return null;
    }
    const detected = detectFormat(probe.fileName, probe.text);
    if (!detected.ok || detected.value.format !== 'csv-corpus') return null;
    return { reason: detected.value.reason, confidence: 1 };
  },
  parse(probe) {
    const parsed = parseCorpusCsv(probe.text, { language: '' });
    if (!parsed.ok) return parsed;
    const rows = parsed.value;
    const where = (index: number) => rows[index]?.key.replace('csv:', '') ?? '';
    return severalArticles(
      rows.map((row, index) => ({
        where: where(index),
        outletName: row.outletName,
        title: row.title,
        published: row.published,
        url: row.url,
        language: row.language,
        text: row.text,
        source: 'import',
      })),
      (index) => where(index).replace('row-', 'Row '),
      parsed.warnings,
    );
  },
};
