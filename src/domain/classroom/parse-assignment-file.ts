import { checkArticleSize } from '../article-size';
import { describeZodError, fail, succeed, type ParseResult } from '../exchange/result';
import { keepSafeUrl } from '../exchange/safe-url';
import { sha256Hex } from '../hash';
import { normalizeText } from '../text/normalize-text';
import type { Codebook, LexiconEntry } from '../types';
import {
  ASSIGNMENT_FORMAT,
  CLASSROOM_FILE_VERSION,
  type AssignmentFile,
  type AssignmentFileArticle,
} from './classroom-files';
import { checkEnvelope } from './classroom-envelope';
import { assignmentFileSchema } from './classroom-schemas';
import { checkUnique } from './file-annotations';
import { isOutletCode } from './outlet-code-checks';

/** Texts as FrameLens stores them (NFC, LF), each within the size the reader opens. */
function readArticles(
  articles: readonly AssignmentFileArticle[],
  warnings: string[],
): ParseResult<AssignmentFileArticle[]> {
  const ids = checkUnique(articles, 'articles', 'id', (article) => article.id);
  if (!ids.ok) return ids;
  const texts = checkUnique(articles, 'articles', 'textHash', (article) => article.textHash);
  if (!texts.ok) return texts;
  const clean: AssignmentFileArticle[] = [];
  for (const [index, article] of articles.entries()) {
    const text = normalizeText(article.text);
    const size = checkArticleSize(text);
    if (!size.ok)
      return fail(`articles[${index}].text: ${size.message}`, `articles[${index}].text`);
    const url = keepSafeUrl(article.url, `articles[${index}] ("${article.title}")`, warnings);
    clean.push({ ...article, text, url });
  }
  return succeed(clean);
}

function checkBlindArticle(article: AssignmentFileArticle, at: string): ParseResult<true> {
  if (article.outlet !== null) {
    return fail(
      `${at}.outlet must be null in an outlet-blind assignment (got "${article.outlet}"): the file would show the outlet`,
      `${at}.outlet`,
    );
  }
  if (article.url !== null) {
    return fail(
      `${at}.url must be null in an outlet-blind assignment: a link names its outlet`,
      `${at}.url`,
    );
  }
  return succeed(true);
}

/** Not outlet-blind: no codes, and every article names its outlet. */
function checkNamedOutlets(
  articles: readonly AssignmentFileArticle[],
  codes: Record<string, string> | undefined,
): ParseResult<true> {
  if (codes !== undefined) {
    return fail('outletCodes is only allowed when mode.outletBlind is true', 'outletCodes');
  }
  const unnamed = articles.findIndex((article) => article.outlet === null);
  if (unnamed === -1) return succeed(true);
  return fail(
    `articles[${unnamed}].outlet is missing: an assignment that is not outlet-blind names each article's outlet`,
    `articles[${unnamed}].outlet`,
  );
}

/** Codes present exactly when outlet-blind, one per article, each "Outlet A"…; names shown otherwise. */
function checkOutletCodes(
  articles: readonly AssignmentFileArticle[],
  outletBlind: boolean,
  codes: Record<string, string> | undefined,
): ParseResult<true> {
  if (!outletBlind) return checkNamedOutlets(articles, codes);
  if (codes === undefined) {
    return fail(
      'outletCodes is missing: an outlet-blind assignment gives each article a code',
      'outletCodes',
    );
  }
  const ids = new Set(articles.map((article) => article.id));
  const stray = Object.keys(codes).find((id) => !ids.has(id));
  if (stray !== undefined) {
    return fail(`outletCodes["${stray}"] is not one of the articles in this file`, `outletCodes`);
  }
  for (const [index, article] of articles.entries()) {
    const code = Object.hasOwn(codes, article.id) ? codes[article.id] : undefined;
    if (code === undefined) {
      return fail(
        `outletCodes has no code for articles[${index}] ("${article.id}")`,
        'outletCodes',
      );
    }
    if (!isOutletCode(code)) {
      return fail(
        `outletCodes["${article.id}"] must be a code like "Outlet A" (got "${code.slice(0, 40)}")`,
        'outletCodes',
      );
    }
    const blind = checkBlindArticle(article, `articles[${index}]`);
    if (!blind.ok) return blind;
  }
  return succeed(true);
}

function checkLexiconLabels(
  lexicon: readonly LexiconEntry[],
  codebook: Codebook,
  field: 'lexicon' | 'personalLexicon' = 'lexicon',
): ParseResult<true> {
  const labelIds = new Set(codebook.labels.map((label) => label.id));
  const index = lexicon.findIndex((entry) => !labelIds.has(entry.labelId));
  if (index === -1) return succeed(true);
  return fail(
    `${field}[${index}].labelId "${lexicon[index]!.labelId}" is not one of the codebook's labels`,
    `${field}[${index}].labelId`,
  );
}

/**
 * Validates an assignment file (already parsed JSON). Every check that needs no hashing: the
 * text hashes are checked next by `checkAssignmentTexts` (SHA-256 is asynchronous).
 */
export function parseAssignmentFile(value: unknown): ParseResult<AssignmentFile> {
  const envelope = checkEnvelope(value, 'assignment');
  if (!envelope.ok) return envelope;
  const parsed = assignmentFileSchema.safeParse(envelope.value, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const data = parsed.data;
  const warnings: string[] = [];
  const articles = readArticles(data.articles, warnings);
  if (!articles.ok) return articles;
  const codes = checkOutletCodes(articles.value, data.mode.outletBlind, data.outletCodes);
  if (!codes.ok) return codes;
  const lexicon = checkLexiconLabels(data.lexicon, data.codebook);
  if (!lexicon.ok) return lexicon;
  const personal = checkLexiconLabels(data.personalLexicon ?? [], data.codebook, 'personalLexicon');
  if (!personal.ok) return personal;
  const { outletCodes, ...rest } = data;
  const file: AssignmentFile = {
    format: ASSIGNMENT_FORMAT,
    version: CLASSROOM_FILE_VERSION,
    ...rest,
    articles: articles.value,
  };
  if (outletCodes !== undefined) file.outletCodes = Object.fromEntries(Object.entries(outletCodes));
  return succeed(file, warnings);
}

/** Each article's textHash is the SHA-256 of its text, or the file was changed by hand. */
export async function checkAssignmentTexts(
  file: AssignmentFile,
): Promise<ParseResult<AssignmentFile>> {
  const hashes = await Promise.all(file.articles.map((article) => sha256Hex(article.text)));
  const index = hashes.findIndex((hash, at) => hash !== file.articles[at]!.textHash);
  if (index === -1) return succeed(file);
  return fail(
    `articles[${index}].textHash does not match the text of "${file.articles[index]!.title.slice(0, 60)}": the text or its hash was changed after FrameLens wrote the file`,
    `articles[${index}].textHash`,
  );
}
