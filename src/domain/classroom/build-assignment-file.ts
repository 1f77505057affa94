import { toLexiconEntry } from '../suggestions/personal-layer';
import type { Article, Codebook, LexiconEntry, Outlet } from '../types';
import {
  ASSIGNMENT_FORMAT,
  CLASSROOM_FILE_VERSION,
  type AssignmentFile,
  type AssignmentFileArticle,
} from './classroom-files';
import type { Assignment } from './classroom-types';
import { assignOutletCodes, redactOutletName } from './outlet-codes';

export interface AssignmentFileInput {
  assignment: Assignment;
  /** The assignment's articles (any order; the file follows `assignment.articleIds`). */
  articles: readonly Article[];
  /** At least the outlets of those articles. */
  outlets: readonly Outlet[];
  codebook: Codebook;
  lexicon: readonly LexiconEntry[];
  /** The teacher's own terms: carried in the file when there are any. */
  personalLexicon?: readonly LexiconEntry[];
}

/** The articles in the assignment's order; a missing one is a bug of the caller, not user data. */
function orderedArticles(assignment: Assignment, articles: readonly Article[]): Article[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return assignment.articleIds.map((id) => {
    const article = byId.get(id);
    if (!article) throw new Error(`The assignment's article ${id} is not in the library.`);
    return article;
  });
}

/** The stored codes when they cover every outlet, else the same seeded shuffle afresh. */
function outletCodesFor(
  assignment: Assignment,
  articles: readonly Article[],
): Record<string, string> {
  const outletIds = articles.map((article) => article.outletId);
  const covered = outletIds.every((id) => assignment.outletCodes[id] !== undefined);
  return covered ? assignment.outletCodes : assignOutletCodes(assignment.id, outletIds);
}

function fileArticle(
  article: Article,
  outletName: string,
  code: string | null,
): AssignmentFileArticle {
  return {
    id: article.id,
    textHash: article.textHash,
    title: code === null ? article.title : redactOutletName(article.title, outletName, code),
    text: article.text,
    published: article.published,
    language: article.language,
    outlet: code === null ? outletName : null,
    url: code === null ? article.url : null,
  };
}

/**
 * The assignment file of a teacher's assignment. Outlet-blind: no outlet name, no link, the
 * outlet's name in a title replaced by its code, and each article's code in `outletCodes`.
 */
export function buildAssignmentFile(input: AssignmentFileInput): AssignmentFile {
  const { assignment } = input;
  const articles = orderedArticles(assignment, input.articles);
  const outletNames = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const blind = assignment.mode.outletBlind;
  const codes = blind ? outletCodesFor(assignment, articles) : {};
  const file: AssignmentFile = {
    format: ASSIGNMENT_FORMAT,
    version: CLASSROOM_FILE_VERSION,
    id: assignment.id,
    revision: assignment.revision,
    title: assignment.title,
    instructions: assignment.instructions,
    createdAt: assignment.createdAt,
    updatedAt: assignment.updatedAt,
    dueDate: assignment.dueDate,
    teacher: { id: assignment.teacher.id, name: assignment.teacher.name },
    mode: { suggestions: assignment.mode.suggestions, outletBlind: blind },
    codebook: input.codebook,
    lexicon: [...input.lexicon],
    articles: articles.map((article) =>
      fileArticle(
        article,
        outletNames.get(article.outletId) ?? 'Unknown outlet',
        blind ? codes[article.outletId]! : null,
      ),
    ),
  };
  if (input.personalLexicon && input.personalLexicon.length > 0) {
    file.personalLexicon = input.personalLexicon.map(toLexiconEntry);
  }
  if (blind) {
    file.outletCodes = Object.fromEntries(
      articles.map((article) => [article.id, codes[article.outletId]!]),
    );
  }
  return file;
}
