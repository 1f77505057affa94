import type { ArticleSource } from '../../../domain/types';
import { checkArticleSize } from '../../../domain/article-size';
import { isValidPartialDate } from '../../../domain/dates';
import { parseCorpusCsv } from '../../../domain/exchange/csv-format';
import { detectFormat } from '../../../domain/exchange/detect-format';
import { parseNativeValue } from '../../../domain/exchange/native-format';
import { decodeInput } from '../../../domain/exchange/read-input';
import { sha256Hex } from '../../../domain/hash';
import { cleanTitle } from '../../../domain/text/clean-title';
import { normalizeText } from '../../../domain/text/normalize-text';
import { extractHtmlArticle } from './extract-html-text';

/** One article found in a corpus file, waiting for the person to confirm outlet and title. */
export interface CorpusDraft {
  key: string;
  fileName: string;
  /** Where in the file (CSV row, bundle article), for several articles from one file. */
  where: string;
  outletName: string;
  title: string;
  published: string;
  url: string | null;
  language: string;
  text: string;
  textHash: string;
  words: number;
  source: ArticleSource;
}

export type CorpusFileResult =
  | { ok: true; fileName: string; drafts: CorpusDraft[]; notes: string[] }
  | { ok: false; fileName: string; message: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The first non-empty line, without Markdown heading marks, cut to 200 characters. */
export function firstLineTitle(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return cleanTitle(line.replace(/^\s*#+\s*/, '')).slice(0, 200);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

let counter = 0;

async function draft(
  fileName: string,
  where: string,
  fields: Omit<CorpusDraft, 'key' | 'fileName' | 'where' | 'textHash' | 'words'>,
): Promise<CorpusDraft> {
  counter += 1;
  return {
    key: `corpus-${counter}`,
    fileName,
    where,
    ...fields,
    title: cleanTitle(fields.title),
    published: isValidPartialDate(fields.published) ? fields.published : '',
    textHash: await sha256Hex(fields.text),
    words: wordCount(fields.text),
  };
}

/** The first text of `texts` the reader could not open, as a message naming where it is. */
function firstTooLong(texts: { where: string; text: string }[]): string | null {
  for (const { where, text } of texts) {
    const size = checkArticleSize(text);
    if (!size.ok) return `${where}: ${size.message} Nothing from this file was added.`;
  }
  return null;
}

/**
 * Reads one file of a corpus import into article drafts (or says what is wrong with it: then
 * none of its articles is offered). `onProgress` hears how much of an HTML file has been read.
 */
export async function readCorpusFile(
  file: File,
  onProgress?: (done: number, total: number) => void,
): Promise<CorpusFileResult> {
  const fileName = file.name;
  const bad = (message: string): CorpusFileResult => ({ ok: false, fileName, message });
  const decoded = decodeInput(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return bad(decoded.error.message);
  const raw = decoded.value;
  if (raw.trim() === '') return bad('The file is empty.');
  const extension = extensionOf(fileName);

  if (
    extension === 'txt' ||
    extension === 'md' ||
    extension === 'markdown' ||
    extension === 'html' ||
    extension === 'htm'
  ) {
    const html =
      extension === 'html' || extension === 'htm' ? extractHtmlArticle(raw, onProgress) : null;
    const text = normalizeText(html ? html.text : raw);
    if (text.trim() === '') return bad('The file holds no readable text.');
    const size = checkArticleSize(text);
    if (!size.ok) return bad(size.message);
    return {
      ok: true,
      fileName,
      notes:
        html && raw.length > 0
          ? ['Text taken from the HTML; nothing in it was run or loaded.']
          : [],
      drafts: [
        await draft(fileName, '', {
          outletName: html?.outletName ?? '',
          title: html?.title || firstLineTitle(text),
          published: html?.published ?? '',
          url: html?.url ?? null,
          language: '',
          text,
          source: 'file',
        }),
      ],
    };
  }

  const detected = detectFormat(fileName, raw);
  if (!detected.ok) return bad(detected.error.message);
  const { format } = detected.value;
  if (format === 'csv-corpus') {
    const parsed = parseCorpusCsv(detected.value.text, { language: '' });
    if (!parsed.ok) return bad(parsed.error.message);
    const tooLong = firstTooLong(
      parsed.value.map((document) => ({
        where: document.key.replace('csv:row-', 'Row '),
        text: document.text,
      })),
    );
    if (tooLong) return bad(tooLong);
    const drafts = await Promise.all(
      parsed.value.map((document) =>
        draft(fileName, document.key.replace('csv:', ''), {
          outletName: document.outletName,
          title: document.title,
          published: document.published,
          url: document.url,
          language: document.language,
          text: document.text,
          source: 'import',
        }),
      ),
    );
    return { ok: true, fileName, drafts, notes: parsed.warnings };
  }
  if (format === 'framelens') {
    const parsed = parseNativeValue(detected.value.json);
    if (!parsed.ok) return bad(parsed.error.message);
    const outlets = new Map(parsed.value.outlets.map((outlet) => [outlet.id, outlet.name]));
    const notes = [...parsed.warnings];
    const withText = parsed.value.articles.filter((article) => article.text !== undefined);
    if (withText.length < parsed.value.articles.length) {
      notes.push(
        `${parsed.value.articles.length - withText.length} articles without their text were left out.`,
      );
    }
    if (parsed.value.annotations.length > 0) {
      notes.push(
        `The file also holds ${parsed.value.annotations.length} annotations: import it under “Import annotations” to bring them (the articles come with them).`,
      );
    }
    const texts = withText.map((article) => normalizeText(article.text ?? ''));
    const tooLong = firstTooLong(
      texts.map((text, index) => ({
        where: `Article ${index + 1} (“${cleanTitle(withText[index]?.title ?? '')}”)`,
        text,
      })),
    );
    if (tooLong) return bad(tooLong);
    const drafts = await Promise.all(
      withText.map((article, index) =>
        draft(fileName, `article ${index + 1}`, {
          outletName: outlets.get(article.outletId) ?? '',
          title: article.title,
          published: article.published,
          url: article.url,
          language: article.language,
          text: texts[index] ?? '',
          source: 'import',
        }),
      ),
    );
    return { ok: true, fileName, drafts, notes };
  }
  if (format === 'unknown')
    return bad(`FrameLens does not recognise this file: ${detected.value.reason}.`);
  return bad(
    `This is a ${format === 'csv-annotations' ? 'CSV annotation' : format} file: import it under “Import annotations” (its texts come with it).`,
  );
}
