import type { Assignment } from '../../../domain/classroom/classroom-types';
import type { Codebook } from '../../../domain/types';
import type { HandoutArticle } from './handout-content';

/** The printable handout: instructions, the codebook, the articles with numbered paragraphs. */
export function Handout({
  assignment,
  codebook,
  articles,
}: {
  assignment: Assignment;
  codebook: Codebook | null;
  articles: HandoutArticle[];
}) {
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6 font-serif">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold" dir="auto">
          {assignment.title}
        </h1>
        <p className="font-sans text-sm text-slate-700">
          From <span dir="auto">{assignment.teacher.name}</span>
          {assignment.dueDate && ` · Due ${assignment.dueDate}`}
          {` · ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`}
        </p>
        <h2 className="mt-2 font-sans text-lg font-semibold">Instructions</h2>
        <p dir="auto" className="whitespace-pre-wrap">
          {assignment.instructions}
        </p>
      </header>
      {codebook && <HandoutCodebook codebook={codebook} />}
      {articles.map((article) => (
        <HandoutArticleSection key={article.id} article={article} />
      ))}
    </article>
  );
}

function HandoutCodebook({ codebook }: { codebook: Codebook }) {
  return (
    <section aria-labelledby="handout-codebook" className="flex flex-col gap-2 font-sans">
      <h2 id="handout-codebook" className="text-lg font-semibold">
        Codebook
      </h2>
      <dl className="flex flex-col gap-2 text-sm">
        {codebook.labels.map((label) => (
          <div key={label.id} className="break-inside-avoid">
            <dt className="font-semibold">
              {label.key && <span className="mr-2 rounded border px-1">{label.key}</span>}
              {label.name} <span className="font-normal text-slate-600">({label.category})</span>
            </dt>
            <dd dir="auto" className="whitespace-pre-wrap">
              {label.description || 'No definition given.'}
            </dd>
          </div>
        ))}
      </dl>
      {codebook.actors.length > 0 && (
        <>
          <h3 className="mt-2 font-semibold">Actors</h3>
          <ul className="text-sm">
            {codebook.actors.map((actor) => (
              <li key={actor.id}>
                {actor.name}
                {actor.aliases.length > 0 && ` (also: ${actor.aliases.join(', ')})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function HandoutArticleSection({ article }: { article: HandoutArticle }) {
  return (
    <section
      aria-label={article.title}
      className="flex flex-col gap-2 border-t border-slate-300 pt-4 print:break-before-page print:border-0 print:pt-0"
    >
      <h2 className="text-xl font-semibold" dir="auto">
        {article.title}
      </h2>
      <p className="font-sans text-sm text-slate-700">
        {article.outlet}
        {article.published && ` · ${article.published.slice(0, 10)}`}
        {article.url && ` · ${article.url}`}
      </p>
      <ol className="flex flex-col gap-2">
        {article.paragraphs.map((paragraph) => (
          <li key={paragraph.number} className="flex gap-3 break-inside-avoid">
            <span className="w-10 shrink-0 text-right font-sans text-sm text-slate-500">
              ¶ {paragraph.number}
            </span>
            <p dir="auto" className="whitespace-pre-wrap">
              {paragraph.text}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
