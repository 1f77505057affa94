import { z } from './validation/zod';
import { isValidPartialDate } from './dates';
import { articleTooLongMessage, MAX_ARTICLE_CHARS } from './article-size';
import { cleanTitle } from './text/clean-title';
import { canonicalLanguageTag } from './text/language-tag';
import { isBlank } from './text/normalize-text';
import { safeHttpUrl } from './urls';

export { MAX_ARTICLE_CHARS } from './article-size';

/** A BCP 47 tag in its usual case, or '' (articles stored before languages were recorded). */
const languageTag = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || canonicalLanguageTag(value) !== null,
    'Use a language code such as en, ar or pt-BR.',
  )
  .transform((value) => canonicalLanguageTag(value) ?? '');

export const articleMetadataSchema = z.object({
  outletName: z
    .string()
    .trim()
    .min(1, 'Choose an outlet or type a new outlet name.')
    .max(200, 'Outlet names are at most 200 characters.'),
  title: z
    .string()
    .transform(cleanTitle)
    .pipe(
      z.string().min(1, 'Give the article a title.').max(500, 'Titles are at most 500 characters.'),
    ),
  published: z
    .string()
    .trim()
    .refine(isValidPartialDate, 'Use a date like 2024, 2024-09 or 2024-09-30.'),
  url: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || safeHttpUrl(value) !== null,
      'Only http:// or https:// links are accepted.',
    ),
  language: languageTag.default(''),
});

export const newArticleSchema = articleMetadataSchema.extend({
  // A new article's language is asked for when it cannot be told from the text.
  language: z
    .string()
    .trim()
    .min(1, 'Choose the language of the text, or “Not known”.')
    .pipe(languageTag),
  text: z
    .string()
    .refine((value) => !isBlank(value), 'Paste the article text: it is empty.')
    .superRefine((value, context) => {
      if (value.length > MAX_ARTICLE_CHARS)
        context.addIssue({ code: 'custom', message: articleTooLongMessage(value.length) });
    }),
});

export type ArticleMetadataInput = z.infer<typeof articleMetadataSchema>;
export type NewArticleInput = z.infer<typeof newArticleSchema>;

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<T> };

function validate<T extends object>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors<T> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof T | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

export function validateNewArticle(input: unknown): Validated<NewArticleInput> {
  return validate(newArticleSchema, input);
}

export function validateArticleMetadata(input: unknown): Validated<ArticleMetadataInput> {
  return validate(articleMetadataSchema, input);
}
