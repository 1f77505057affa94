import { useId, useState } from 'react';
import { useArticle, useCodebook, type StoredOrphan } from '../../../db';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { inputClass } from '../../../ui/field';
import { useToast } from '../../../ui/toast-context';
import { useExportCatalog } from '../api/export-catalog-query';
import { useReattachOrphan } from '../api/orphan-mutations';
import { findOccurrences } from './find-occurrences';

interface ReattachFormProps {
  orphan: StoredOrphan;
  onDone: () => void;
}

/**
 * Re-attaching an orphan by hand: choose the article, the words (its quote by default; any
 * other words can be searched) and which occurrence of them.
 */
export function ReattachForm({ orphan, onDone }: ReattachFormProps) {
  const catalog = useExportCatalog();
  const codebook = useCodebook();
  const reattach = useReattachOrphan();
  const toast = useToast();
  const ids = useId();
  const articles = catalog.data?.articles ?? [];
  // Until the person chooses, the article the orphan was made for (once the list has loaded).
  const [chosenArticle, setArticleId] = useState<string | null>(null);
  const articleId =
    chosenArticle ??
    (articles.some((article) => article.id === orphan.annotation.articleId)
      ? orphan.annotation.articleId
      : '');
  const [words, setWords] = useState(orphan.annotation.exact);
  const [choice, setChoice] = useState(0);
  const labels = codebook.data?.labels ?? [];
  const knownLabel = labels.some((label) => label.id === orphan.annotation.labelId);
  const [chosenLabel, setLabelId] = useState<string | null>(null);
  const labelId = chosenLabel ?? (knownLabel ? orphan.annotation.labelId : '');
  const article = useArticle(articleId === '' ? null : articleId);
  const text = article.data?.article.text ?? '';
  const occurrences = findOccurrences(text, words);
  const picked = occurrences[choice] ?? occurrences[0];

  const attach = () => {
    if (!picked || labelId === '') return;
    reattach.mutate(
      {
        orphanId: orphan.annotation.id,
        target: { articleId, start: picked.start, end: picked.end, labelId },
      },
      {
        onSuccess: () => {
          toast.show({ message: `Attached “${words}”.`, tone: 'success' });
          onDone();
        },
        onError: (error) =>
          toast.show({ message: `Not attached: ${errorText(error)}`, tone: 'error' }),
      },
    );
  };

  return (
    <form
      className="mt-3 flex flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-3"
      aria-label={`Re-attach “${orphan.annotation.exact}”`}
      onSubmit={(event) => {
        event.preventDefault();
        attach();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Article
          <select
            className={inputClass}
            value={articleId}
            onChange={(event) => {
              setArticleId(event.target.value);
              setChoice(0);
            }}
          >
            <option value="">Choose the article…</option>
            {articles.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Words
          <input
            className={inputClass}
            value={words}
            onChange={(event) => {
              setWords(event.target.value);
              setChoice(0);
            }}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Label
          <select
            className={inputClass}
            value={labelId}
            onChange={(event) => setLabelId(event.target.value)}
          >
            <option value="">Choose a label…</option>
            {labels.map((label) => (
              <option key={label.id} value={label.id}>
                {label.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {articleId !== '' && article.isSuccess && (
        <fieldset>
          <legend className="text-sm font-medium">
            {occurrences.length === 0
              ? `“${words}” does not occur in this article: change the words.`
              : `Which “${words}”? (${occurrences.length}${occurrences.length === 50 ? '+' : ''} in the article)`}
          </legend>
          <ul className="mt-1 flex max-h-60 flex-col gap-1 overflow-y-auto">
            {occurrences.map((occurrence, i) => (
              <li key={occurrence.start}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${ids}-occurrence`}
                    className="mt-1"
                    checked={picked === occurrence}
                    onChange={() => setChoice(i)}
                  />
                  <span className="font-serif" dir="auto">
                    …{occurrence.before}
                    <mark className="bg-amber-200 px-0.5">{words}</mark>
                    {occurrence.after}…
                    {occurrence.insideWord && (
                      <span className="ml-2 font-sans text-xs text-slate-500">
                        (part of a longer word)
                      </span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="flex gap-2">
        <Button
          type="submit"
          variant="primary"
          disabled={!picked || labelId === '' || reattach.isPending}
        >
          Attach here
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
