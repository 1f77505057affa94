import { memo, useMemo } from 'react';
import { displayBlocks } from '../domain/text/display-blocks';
import { splitParagraphs } from '../domain/text/paragraphs';

/**
 * The article text, one element per line (a very long line in several) with its offset into
 * the stored text. Text is rendered as React text nodes (never as HTML), so markup in an
 * article is shown literally. `language` (a BCP 47 tag) tells screen readers and hyphenation
 * which language the words are in; "" (not recorded) leaves the page's.
 */
export const ArticleText = memo(function ArticleText({
  text,
  language = '',
}: {
  text: string;
  language?: string;
}) {
  const paragraphs = useMemo(() => displayBlocks(splitParagraphs(text)), [text]);
  return (
    <div
      data-article-text
      lang={language || undefined}
      className="relative font-serif text-[1.075rem] leading-8 text-slate-900"
    >
      {paragraphs.map((paragraph) => (
        <p
          key={paragraph.start}
          dir="auto"
          data-start={paragraph.start}
          data-end={paragraph.end}
          className={`${paragraph.continues ? 'mb-0' : 'mb-4'} whitespace-pre-wrap break-words`}
        >
          {paragraph.text}
        </p>
      ))}
    </div>
  );
});
