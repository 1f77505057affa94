import type { Assignment } from '../../../domain/classroom/classroom-types';
import { redactOutletName } from '../../../domain/classroom/outlet-codes';
import { splitParagraphs } from '../../../domain/text/paragraphs';
import type { Article, Outlet } from '../../../domain/types';

export interface HandoutParagraph {
  /** 1, 2, 3… within the article, as students cite them ("¶ 3"). */
  number: number;
  text: string;
}

export interface HandoutArticle {
  id: string;
  title: string;
  /** The outlet's name, or its code ("Outlet A") when the assignment is outlet-blind. */
  outlet: string;
  url: string | null;
  published: string;
  paragraphs: HandoutParagraph[];
}

/**
 * An article as the handout prints it. Outlet-blind assignments print codes whoever prints
 * them: the teacher prints the handout for the students.
 */
export function handoutArticle(
  assignment: Assignment,
  article: Article,
  outlet: Outlet | undefined,
): HandoutArticle {
  const name = outlet?.name ?? 'Unknown outlet';
  const code = assignment.mode.outletBlind ? assignment.outletCodes[article.outletId] : undefined;
  const paragraphs = splitParagraphs(article.text).map((paragraph, index) => ({
    number: index + 1,
    text: paragraph.text,
  }));
  return {
    id: article.id,
    title: code === undefined ? article.title : redactOutletName(article.title, name, code),
    outlet: code ?? name,
    url: code === undefined ? article.url : null,
    published: article.published,
    paragraphs,
  };
}
