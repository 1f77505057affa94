import { importedLanguage } from '../language-field';
import { checkArticleSize } from '../../article-size';
import { isValidPartialDate } from '../../dates';
import { cleanTitle } from '../../text/clean-title';
import type { ArticleSource } from '../../types';
import type { ImportedDocument } from '../foreign-import';
import { fail, succeed, type ParseResult } from '../result';

/**
 * What every corpus kind (article files: text, Markdown, HTML, corpus CSV, FrameLens bundle)
 * parses a file into: articles waiting for the person to confirm outlet and title. Hashing
 * and counting words happen later, in the intake's plan step (hashing is asynchronous).
 */
export interface CorpusArticle {
  /** Where in the file (CSV row, bundle article); '' when the file is one article. */
  where: string;
  outletName: string;
  title: string;
  /** A valid partial date or ''. */
  published: string;
  url: string | null;
  language: string;
  /** NFC-normalised, LF line endings. */
  text: string;
  source: ArticleSource;
}

export interface CorpusFile {
  articles: CorpusArticle[];
}

/** What a corpus kind's parse needs: how far an HTML file has been read. */
export interface CorpusContext {
  onProgress?: (done: number, total: number) => void;
}

/** Extensions whose files are one article's text, whatever the content looks like. */
export const ARTICLE_TEXT_EXTENSIONS: readonly string[] = ['txt', 'md', 'markdown'];
export const ARTICLE_HTML_EXTENSIONS: readonly string[] = ['html', 'htm'];

/** The first non-empty line, without Markdown heading marks, cut to 200 characters. */
export function firstLineTitle(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return cleanTitle(line.replace(/^\s*#+\s*/, '')).slice(0, 200);
}

export function corpusArticle(fields: CorpusArticle): CorpusArticle {
  return {
    ...fields,
    title: cleanTitle(fields.title),
    language: importedLanguage(fields.language, fields.text),
    published: isValidPartialDate(fields.published) ? fields.published : '',
  };
}

/** One file that is one article: refused when empty or longer than the reader opens. */
export function singleArticle(
  text: string,
  fields: Omit<CorpusArticle, 'where' | 'text' | 'language' | 'source'>,
  notes: string[] = [],
): ParseResult<CorpusFile> {
  if (text.trim() === '') return fail('The file holds no readable text.', 'file');
  const size = checkArticleSize(text);
  if (!size.ok) return fail(size.message, 'file');
  const article = corpusArticle({ ...fields, where: '', text, language: '', source: 'file' });
  return succeed({ articles: [article] }, notes);
}

/** Several articles from one file: all refused when one is too long, naming which. */
export function severalArticles(
  articles: CorpusArticle[],
  describe: (index: number) => string,
  notes: string[],
): ParseResult<CorpusFile> {
  for (const [index, article] of articles.entries()) {
    const size = checkArticleSize(article.text);
    if (!size.ok) {
      return fail(
        `${describe(index)}: ${size.message} Nothing from this file was added.`,
        describe(index),
      );
    }
  }
  return succeed({ articles: articles.map(corpusArticle) }, notes);
}

/**
 * The articles of a corpus CSV (the registry's `csv-corpus` kind, which "Import annotations"
 * also plans, parses into documents): one per row, all refused when one is too long.
 */
export function corpusFromDocuments(
  documents: ParseResult<ImportedDocument[]>,
): ParseResult<CorpusFile> {
  if (!documents.ok) return documents;
  const rows = documents.value;
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
    documents.warnings,
  );
}
