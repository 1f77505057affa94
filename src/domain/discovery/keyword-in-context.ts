import { leftContext, rightContext } from '../summary/concordance';

/** One use of a term with the words around it, white space collapsed. */
export interface KeywordInContext {
  before: string;
  keyword: string;
  after: string;
  /** Whether the text goes on before `before` / after `after` (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export function keywordInContext(
  text: string,
  start: number,
  end: number,
  width = 60,
): KeywordInContext {
  const before = leftContext(text, start, width);
  const after = rightContext(text, end, width);
  return {
    before: before.text,
    keyword: text.slice(start, end),
    after: after.text,
    cutBefore: before.truncated,
    cutAfter: after.truncated,
  };
}
