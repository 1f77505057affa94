import { importedLanguage } from '../language-field';
import { checkArticleSize } from '../../article-size';
import { cleanTitle } from '../../text/clean-title';
import type { Article } from '../../types';
import { findTextHashMismatch, type NativeExport } from '../native-format';
import { fail, succeed, type ParseResult } from '../result';
import { ArticleIndex } from './article-matching';
import type { LabelProposals } from './label-proposals';
import { OutletResolver } from './outlet-matching';
import {
  collect,
  destinationFor,
  newCollected,
  type Collected,
  type Destination,
} from './place-annotation';
import type { ArticleMatchCounts, PlanInput } from './plan-types';

/** A FrameLens file: its articles matched by textHash, then id or link; its annotations placed. */
export async function planNative(
  data: NativeExport,
  input: PlanInput,
  labels: LabelProposals,
  warnings: string[],
): Promise<
  ParseResult<{
    collected: Collected;
    articles: ArticleIndex;
    outlets: OutletResolver;
    matches: ArticleMatchCounts;
  }>
> {
  const mismatch = await findTextHashMismatch(data.articles);
  if (mismatch)
    return fail(`${mismatch}. The file cannot be trusted to place its annotations.`, 'articles');
  const index = new ArticleIndex(input.library.articles);
  const outlets = new OutletResolver(input.library.outlets);
  const fileOutlets = new Map(data.outlets.map((outlet) => [outlet.id, outlet]));
  const matches: ArticleMatchCounts = { sameText: 0, differentText: 0, added: 0 };
  const destinations = new Map<string, Destination>();
  let textless = 0;

  for (const [articleIndex, article] of data.articles.entries()) {
    const sameText = index.byHash.get(article.textHash);
    if (sameText) {
      if (!index.isNew(sameText)) matches.sameText++;
      destinations.set(article.id, destinationFor(sameText, false, article.title));
      continue;
    }
    if (article.text === undefined) {
      // The parser already refused text-less unknown articles that carry annotations.
      textless++;
      continue;
    }
    const sameArticle = index.byId.get(article.id) ?? index.byLink(article.url);
    if (sameArticle) {
      matches.differentText++;
      destinations.set(article.id, destinationFor(sameArticle, true, article.title));
      continue;
    }
    const size = checkArticleSize(article.text);
    if (!size.ok) {
      return fail(
        `articles[${articleIndex}] ("${cleanTitle(article.title)}"): ${size.message} Nothing from this file was imported.`,
        `articles[${articleIndex}].text`,
      );
    }
    const outlet = fileOutlets.get(article.outletId);
    const created: Article = {
      ...article,
      title: cleanTitle(article.title) || 'Untitled',
      language: importedLanguage(article.language, article.text),
      text: article.text,
      outletId: outlets.resolve(outlet?.name ?? 'Imported', outlet?.id),
    };
    index.add(created);
    matches.added++;
    destinations.set(article.id, destinationFor(created, false, article.title));
  }
  if (textless > 0) {
    warnings.push(
      `${textless} ${textless === 1 ? 'article has' : 'articles have'} no text and ${textless === 1 ? 'is' : 'are'} not in your library; ${textless === 1 ? 'it has' : 'they have'} no annotations and ${textless === 1 ? 'was' : 'were'} skipped`,
    );
  }

  const collected = newCollected();
  for (const [index_, annotation] of data.annotations.entries()) {
    const destination = destinations.get(annotation.articleId);
    if (!destination) continue;
    const label = labels.byId(annotation.labelId, data.codebook);
    collect(
      collected,
      input,
      destination,
      label.labelId === annotation.labelId ? annotation : { ...annotation, labelId: label.labelId },
      label.group,
      `annotations[${index_}]`,
    );
  }
  return succeed({ collected, articles: index, outlets, matches });
}
