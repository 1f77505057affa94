import { thrownMessage } from '../../../domain/thrown-message';
import { useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useOutletMask, type CorpusImportResult } from '../../../db';
import {
  validateArticleMetadata,
  type FieldErrors,
  type ArticleMetadataInput,
} from '../../../domain/article-input';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { inputClass } from '../../../ui/field';
import { LanguageSelect } from '../../../ui/language-select';
import { useToast } from '../../../ui/toast-context';
import { useAddCorpusArticles } from '../api/add-corpus-mutation';
import { useExportCatalog } from '../api/export-catalog-query';
import { useTextHashes } from '../api/text-hashes-query';
import { cleanTitle } from '../../../domain/text/clean-title';
import { FileField } from '../file-field';
import type { CorpusDraft } from '../../../workers/intake/intake-protocol';
import {
  CORPUS_READING_CANCELLED,
  forgetCorpusFiles,
  readCorpusFiles,
  type CorpusProgress,
  type CorpusReading,
} from './read-corpus-files';

const ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.csv,.json,text/plain,text/markdown,text/html,text/csv,application/json';

interface FileProblem {
  fileName: string;
  message: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function describeProgress(progress: CorpusProgress | null): string {
  if (!progress) return 'Reading the files…';
  const percent = Math.floor((progress.done / Math.max(progress.total, 1)) * 100);
  const which =
    progress.fileCount > 1 ? ` (file ${progress.fileIndex + 1} of ${progress.fileCount})` : '';
  return `Reading ${progress.fileName}${which}: ${percent}%…`;
}

/** Import articles: several files at once; the person confirms outlet, title and language of each. */
export function CorpusPanel() {
  const [drafts, setDrafts] = useState<CorpusDraft[]>([]);
  /** The worker's ids of the files the drafts come from (they hold the texts). */
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, FieldErrors<ArticleMetadataInput>>>({});
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<CorpusProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const current = useRef<CorpusReading | null>(null);
  const [result, setResult] = useState<CorpusImportResult | null>(null);
  const [outletForAll, setOutletForAll] = useState('');
  const hashes = useTextHashes();
  const catalog = useExportCatalog();
  // Hidden outlets are not offered by their code as a name for new articles.
  const mask = useOutletMask();
  const add = useAddCorpusArticles();
  const toast = useToast();
  const listId = useId();

  // Titles as the catalog shows them (an outlet-blind assignment may hide a name in a title).
  const shownTitles = new Map((catalog.data?.articles ?? []).map((row) => [row.id, row.title]));
  const stored = new Map(
    (hashes.data ?? []).map((row) => [row.textHash, shownTitles.get(row.id) ?? 'an article']),
  );
  const firstByHash = new Map<string, string>();
  for (const draft of drafts)
    if (!firstByHash.has(draft.textHash)) firstByHash.set(draft.textHash, draft.key);
  const duplicateOf = (draft: CorpusDraft): string | null => {
    const title = stored.get(draft.textHash);
    if (title !== undefined) return `Already in the library as “${title}”`;
    const first = firstByHash.get(draft.textHash);
    if (first !== draft.key) {
      const original = drafts.find((other) => other.key === first);
      return `Same text as “${original?.title || original?.fileName || 'another file'}” above`;
    }
    return null;
  };
  const ready = drafts.filter((draft) => duplicateOf(draft) === null);

  const readFiles = async (files: File[]) => {
    setReading(true);
    setResult(null);
    setCancelled(false);
    setProgress(null);
    forgetCorpusFiles(fileIds);
    setFileIds([]);
    setDrafts([]);
    const reading = readCorpusFiles(files, setProgress);
    current.current = reading;
    let results;
    try {
      results = await reading.results;
    } catch (error) {
      if (current.current !== reading) return;
      current.current = null;
      setReading(false);
      const message = thrownMessage(error);
      if (message === CORPUS_READING_CANCELLED) setCancelled(true);
      else toast.show({ message, tone: 'error' });
      return;
    }
    if (current.current !== reading) return;
    current.current = null;
    setReading(false);
    setDrafts(results.flatMap((entry) => (entry.ok ? entry.drafts : [])));
    setFileIds(results.flatMap((entry) => (entry.ok ? [entry.id] : [])));
    setProblems(
      results.flatMap((entry) =>
        entry.ok ? [] : [{ fileName: entry.fileName, message: entry.message }],
      ),
    );
    setNotes(
      results.flatMap((entry) =>
        entry.ok ? entry.notes.map((note) => `${entry.fileName}: ${note}`) : [],
      ),
    );
    setErrors({});
  };

  const clear = () => {
    forgetCorpusFiles(fileIds);
    setFileIds([]);
    setDrafts([]);
  };

  const cancelReading = () => {
    current.current?.cancel();
  };

  const edit = (key: string, patch: Partial<CorpusDraft>) =>
    setDrafts((current) =>
      current.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)),
    );

  const applyOutletToAll = () => {
    const name = outletForAll.trim();
    if (name === '') return;
    setDrafts((current) =>
      current.map((draft) =>
        draft.outletName.trim() === '' ? { ...draft, outletName: name } : draft,
      ),
    );
  };

  const submit = () => {
    const found: Record<string, FieldErrors<ArticleMetadataInput>> = {};
    for (const draft of ready) {
      const checked = validateArticleMetadata({
        outletName: draft.outletName,
        title: draft.title,
        published: draft.published,
        url: draft.url ?? '',
        language: draft.language,
      });
      const problems = checked.ok ? {} : { ...checked.errors };
      if (draft.language === '') problems.language = 'Choose the language, or “Not known”.';
      if (Object.keys(problems).length > 0) found[draft.key] = problems;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      toast.show({
        message: 'Fill in the outlet, title and language of every article first.',
        tone: 'error',
      });
      return;
    }
    add.mutate(
      {
        fileIds,
        articles: ready.map((draft) => ({
          key: draft.key,
          outletName: draft.outletName.trim(),
          title: cleanTitle(draft.title),
          published: draft.published.trim(),
          language: draft.language,
        })),
      },
      {
        onSuccess: (done) => {
          setResult(done);
          setDrafts([]);
          setFileIds([]);
          setNotes([]);
        },
        onError: (error) =>
          toast.show({ message: `No article was added: ${errorText(error)}`, tone: 'error' }),
      },
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <FileField
        label="Article files"
        hint="Several at once: .txt, .md, .html (only its text is kept: nothing in it runs or loads), a corpus CSV (outlet,title,published,url,text, optionally language) or FrameLens JSON bundles."
        accept={ACCEPT}
        multiple
        disabled={reading || add.isPending}
        onFiles={(files) => void readFiles(files)}
      />
      {reading && (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          <progress
            aria-label="Reading the article files"
            max={progress ? Math.max(progress.total, 1) : undefined}
            value={progress ? progress.done : undefined}
            className="h-2 w-48 overflow-hidden rounded accent-slate-700"
          />
          <span role="status" className="text-sm text-slate-700" data-testid="corpus-progress">
            {describeProgress(progress)}
          </span>
          <Button onClick={cancelReading} className="ml-auto">
            Cancel
          </Button>
        </div>
      )}
      {cancelled && (
        <p role="status" className="text-sm text-slate-700" data-testid="corpus-cancelled">
          Reading was cancelled: no article was added.
        </p>
      )}

      {problems.length > 0 && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          data-testid="corpus-problems"
        >
          <p className="font-semibold">{plural(problems.length, 'file')} could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem.fileName}>
                <span className="font-medium">{problem.fileName}</span>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="list-disc rounded-md border border-slate-200 bg-slate-50 p-3 pl-8 text-sm text-slate-700">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}

      {drafts.length > 0 && (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Outlet for every article without one
              <input
                className={inputClass}
                list={listId}
                value={outletForAll}
                onChange={(event) => setOutletForAll(event.target.value)}
              />
            </label>
            <Button onClick={applyOutletToAll} disabled={outletForAll.trim() === ''}>
              Fill in
            </Button>
          </div>
          <datalist id={listId}>
            {(catalog.data?.outlets ?? [])
              .filter((outlet) => !mask.codes.has(outlet.id))
              .map((outlet) => (
                <option key={outlet.id} value={outlet.name} />
              ))}
          </datalist>
          <ol className="flex flex-col gap-3" aria-label="Articles to add">
            {drafts.map((draft, index) => {
              const duplicate = duplicateOf(draft);
              const problem = errors[draft.key] ?? {};
              const name = draft.where ? `${draft.fileName}, ${draft.where}` : draft.fileName;
              return (
                <li
                  key={draft.key}
                  aria-label={name}
                  className={`rounded-md border p-3 ${duplicate ? 'border-slate-200 bg-slate-50 text-slate-500' : 'border-slate-300'}`}
                >
                  <p className="text-sm">
                    <span className="font-medium text-slate-900">
                      {index + 1}. {name}
                    </span>{' '}
                    <span className="text-slate-500">— {plural(draft.words, 'word')}</span>
                  </p>
                  {duplicate ? (
                    <p className="mt-1 text-sm" data-testid="corpus-duplicate">
                      {duplicate}: it will be skipped.
                    </p>
                  ) : (
                    <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-[1fr_2fr_9rem_12rem]">
                      <DraftField
                        label="Outlet"
                        error={problem.outletName}
                        value={draft.outletName}
                        list={listId}
                        onChange={(value) => edit(draft.key, { outletName: value })}
                      />
                      <DraftField
                        label="Title"
                        error={problem.title}
                        value={draft.title}
                        onChange={(value) => edit(draft.key, { title: value })}
                      />
                      <DraftField
                        label="Published (optional)"
                        error={problem.published}
                        value={draft.published}
                        placeholder="2024-09-30"
                        onChange={(value) => edit(draft.key, { published: value })}
                      />
                      <DraftLanguage
                        error={problem.language}
                        value={draft.language}
                        onChange={(language) => edit(draft.key, { language })}
                      />
                    </div>
                  )}
                  <p dir="auto" className="mt-2 line-clamp-2 text-xs text-slate-600">
                    {draft.text.slice(0, 400).replace(/\s+/g, ' ')}
                  </p>
                </li>
              );
            })}
          </ol>
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="primary"
              onClick={submit}
              disabled={ready.length === 0 || add.isPending}
            >
              {add.isPending ? 'Adding…' : `Add ${plural(ready.length, 'article')}`}
            </Button>
            <Button onClick={clear} disabled={add.isPending}>
              Clear
            </Button>
            {drafts.length > ready.length && (
              <span className="text-sm text-slate-600">
                {plural(drafts.length - ready.length, 'duplicate')} will be skipped.
              </span>
            )}
          </div>
        </>
      )}

      {result && (
        <div
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950"
          data-testid="corpus-done"
        >
          <p className="font-semibold">
            Added {plural(result.added.length, 'article')}
            {result.duplicates.length > 0 &&
              `; skipped ${plural(result.duplicates.length, 'duplicate')}`}
            .
          </p>
          <ul className="mt-1 list-disc pl-5">
            {result.added.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.id}`} className="text-blue-700 underline">
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

interface DraftFieldProps {
  label: string;
  value: string;
  error: string | undefined;
  list?: string;
  placeholder?: string;
  onChange: (value: string) => void;
}

function DraftField({ label, value, error, list, placeholder, onChange }: DraftFieldProps) {
  return (
    <DraftCell label={label} error={error}>
      {(props) => (
        <input
          {...props}
          className={inputClass}
          value={value}
          list={list}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </DraftCell>
  );
}

/** The draft's language, detected from its text (or carried by the file) until changed here. */
function DraftLanguage({ value, error, onChange }: Omit<DraftFieldProps, 'label'>) {
  return (
    <DraftCell label="Language" error={error}>
      {(props) => <LanguageSelect {...props} value={value} onChange={onChange} />}
    </DraftCell>
  );
}

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** A draft's field: its small label, the control, and the control's error below it. */
function DraftCell({
  label,
  error,
  children,
}: {
  label: string;
  error: string | undefined;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(error ? { 'aria-describedby': `${id}-error` } : {}),
      })}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
