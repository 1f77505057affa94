import { useState, type ReactNode } from 'react';
import type { ExportFormat, ExportScopeRequest } from '../../../db';
import { OFFSET_UNIT_NAMES, type DoccanoOffsetUnits } from '../../../domain/exchange/doccano-units';
import { labelStudioConfig } from '../../../domain/exchange/label-studio-format';
import { exportKindInfos, KIND_INFO } from '../../../domain/exchange/registry/kind-info';
import { Button } from '../../../ui/button';
import { datedFileName, downloadBlob } from '../../../ui/download-file';
import { useToast } from '../../../ui/toast-context';
import { useCodebook } from '../../../db';
import { useExportCatalog } from '../api/export-catalog-query';
import { useDownloadExport } from '../api/export-mutation';
import { useAnnotatorCounts, withAnnotatorCounts } from './annotator-counts';
import { WhoseSelect } from './whose-select';

type ScopeKind = ExportScopeRequest['kind'];

/** The registry's exportable kinds, in its order (metadata only: no serialiser is loaded). */
const EXPORT_KINDS = exportKindInfos();

const DOCCANO_UNITS: { units: DoccanoOffsetUnits; hint: string }[] = [
  { units: 'utf16', hint: 'default: doccano’s annotator, JavaScript tools' },
  { units: 'code-points', hint: 'for Python tools: spaCy, doccano’s Python side' },
];

const TEXTS_NOTE = {
  always: 'This format always carries the article texts.',
  never: 'This format carries no article texts: the receiving library needs the articles.',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

interface ExportPanelProps {
  articleId: string | null;
  /** Whose annotations to start with (null: everyone's). */
  annotatorId: string | null;
}

/**
 * Export annotations: what (one article, chosen outlets, everything), whose (everyone's or one
 * annotator's) and in which format.
 */
export function ExportPanel({ articleId, annotatorId }: ExportPanelProps) {
  const catalog = useExportCatalog();
  const [whose, setWhose] = useState<string | null>(annotatorId);
  const whoseCounts = useAnnotatorCounts(whose);
  const codebook = useCodebook();
  const download = useDownloadExport();
  const toast = useToast();
  const [kind, setKind] = useState<ScopeKind>(articleId ? 'article' : 'all');
  const [outletIds, setOutletIds] = useState<string[]>([]);
  const [format, setFormat] = useState<ExportFormat>('framelens');
  const [includeTexts, setIncludeTexts] = useState(true);
  const [doccanoUnits, setDoccanoUnits] = useState<DoccanoOffsetUnits>('utf16');

  if (catalog.isPending) return <p role="status">Reading the library…</p>;
  if (catalog.isError) {
    return (
      <p role="alert" className="text-red-800">
        Could not read the library: {catalog.error.message}
      </p>
    );
  }
  if (whose !== null && !whoseCounts.data) {
    return whoseCounts.isError ? (
      <p role="alert" className="text-red-800">
        Could not count this annotator’s annotations: {whoseCounts.error.message}
      </p>
    ) : (
      <p role="status">Counting this annotator’s annotations…</p>
    );
  }
  const counted =
    whose !== null && whoseCounts.data
      ? withAnnotatorCounts(catalog.data, whoseCounts.data)
      : catalog.data;
  const { outlets, articles, totalAnnotations } = counted;
  const article = articleId ? articles.find((candidate) => candidate.id === articleId) : undefined;
  const chosen = outlets.filter((outlet) => outletIds.includes(outlet.id));
  const inScope =
    kind === 'article'
      ? { articles: article ? 1 : 0, annotations: article?.annotations ?? 0 }
      : kind === 'outlets'
        ? {
            articles: chosen.reduce((sum, outlet) => sum + outlet.articles, 0),
            annotations: chosen.reduce((sum, outlet) => sum + outlet.annotations, 0),
          }
        : { articles: articles.length, annotations: totalAnnotations };
  const info = KIND_INFO[format];
  const scope: ExportScopeRequest =
    kind === 'article' && article
      ? { kind: 'article', articleId: article.id }
      : kind === 'outlets'
        ? { kind: 'outlets', outletIds }
        : { kind: 'all' };
  const nothing = inScope.articles === 0 || (kind === 'article' && !article);

  const toggleOutlet = (id: string, on: boolean) =>
    setOutletIds((current) => (on ? [...current, id] : current.filter((other) => other !== id)));

  const exportNow = () =>
    download.mutate(
      {
        scope,
        format,
        includeTexts:
          info.export.texts === 'optional' ? includeTexts : info.export.texts === 'always',
        ...(info.export.offsetUnits === 'chosen' ? { doccanoOffsetUnits: doccanoUnits } : {}),
        ...(whose !== null ? { annotatorId: whose } : {}),
      },
      {
        onSuccess: (done) =>
          toast.show({
            message: `Downloaded ${done.fileName}: ${plural(done.annotationCount, 'annotation')} in ${plural(done.articleCount, 'article')}.`,
            tone: 'success',
          }),
        onError: (error) =>
          toast.show({ message: `Nothing was exported: ${error.message}`, tone: 'error' }),
      },
    );

  const downloadConfig = () => {
    if (!codebook.data) return;
    downloadBlob(
      new Blob([labelStudioConfig(codebook.data)], { type: 'application/xml' }),
      datedFileName('label-studio-config', 'xml'),
    );
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">What to export</legend>
        {articleId && (
          <ScopeOption
            checked={kind === 'article'}
            onSelect={() => setKind('article')}
            title="This article"
          >
            <span className="block text-slate-600">
              {article ? `“${article.title}”` : 'The article no longer exists.'}
            </span>
            {article && (
              <span className="block text-slate-600">
                {plural(article.annotations, 'annotation')}
              </span>
            )}
          </ScopeOption>
        )}
        <ScopeOption
          checked={kind === 'outlets'}
          onSelect={() => setKind('outlets')}
          title="Chosen outlets"
        >
          <span className="block text-slate-600">Every article of the outlets you tick.</span>
        </ScopeOption>
        {kind === 'outlets' && (
          <fieldset className="ml-6 flex max-h-56 flex-col gap-1 overflow-y-auto rounded-md border border-slate-200 p-2">
            <legend className="sr-only">Outlets</legend>
            {outlets.map((outlet) => (
              <label key={outlet.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={outletIds.includes(outlet.id)}
                  onChange={(event) => toggleOutlet(outlet.id, event.target.checked)}
                />
                <span>{outlet.name}</span>
                <span className="text-slate-500">
                  {plural(outlet.articles, 'article')}, {plural(outlet.annotations, 'annotation')}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <ScopeOption checked={kind === 'all'} onSelect={() => setKind('all')} title="Everything">
          <span className="block text-slate-600">
            {plural(totalAnnotations, 'annotation')} in {plural(articles.length, 'article')} from{' '}
            {plural(outlets.length, 'outlet')}
          </span>
        </ScopeOption>
        <WhoseSelect value={whose} onChange={setWhose} />
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Format</legend>
        {EXPORT_KINDS.map(({ id: value, name, extension, export: { description } }) => (
          <label
            key={value}
            className={`flex items-start gap-2 rounded-md border p-2 text-sm ${format === value ? 'border-slate-500 bg-slate-50' : 'border-slate-200'}`}
          >
            <input
              type="radio"
              name="export-format"
              className="mt-1"
              checked={format === value}
              onChange={() => setFormat(value)}
            />
            <span>
              <span className="font-medium">{name}</span>{' '}
              <span className="text-slate-500">.{extension}</span>
              <span className="block text-slate-600">{description}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="flex flex-col gap-3 lg:col-span-2">
        {info.export.texts === 'optional' ? (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={includeTexts}
              onChange={(event) => setIncludeTexts(event.target.checked)}
            />
            Include the article texts
            <span className="text-slate-500">
              (without them, the receiver must already have the articles)
            </span>
          </label>
        ) : (
          <p className="text-sm text-slate-600">{TEXTS_NOTE[info.export.texts]}</p>
        )}
        {info.export.offsetUnits === 'chosen' ? (
          <fieldset className="flex flex-col gap-1 text-sm" data-testid="export-offset-units">
            <legend className="mb-1 font-medium text-slate-900">Offsets count</legend>
            {DOCCANO_UNITS.map(({ units, hint }) => (
              <label key={units} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="export-offset-units"
                  checked={doccanoUnits === units}
                  onChange={() => setDoccanoUnits(units)}
                />
                {OFFSET_UNIT_NAMES[units]} <span className="text-slate-500">({hint})</span>
              </label>
            ))}
            <span className="text-slate-500">
              Each line names its unit in the metadata key <code>offsetUnits</code>.
            </span>
          </fieldset>
        ) : (
          <p className="text-sm text-slate-600" data-testid="export-offset-units">
            Offsets count {OFFSET_UNIT_NAMES[info.export.offsetUnits]}.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={exportNow} disabled={nothing || download.isPending}>
            {download.isPending ? 'Preparing…' : `Download ${info.name}`}
          </Button>
          <span className="text-sm text-slate-600" data-testid="export-summary">
            {nothing
              ? kind === 'outlets'
                ? 'Tick at least one outlet.'
                : 'Nothing to export.'
              : `${plural(inScope.annotations, 'annotation')} in ${plural(inScope.articles, 'article')}`}
          </span>
          {format === 'label-studio' && (
            <Button variant="ghost" onClick={downloadConfig} disabled={!codebook.data}>
              Download the labeling config (XML)
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}

/** One choice of what to export: a radio with its title and what it holds. */
function ScopeOption({
  checked,
  onSelect,
  title,
  children,
}: {
  checked: boolean;
  onSelect: () => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="radio"
        name="export-scope"
        className="mt-1"
        checked={checked}
        onChange={onSelect}
      />
      <span>
        {title}
        {children}
      </span>
    </label>
  );
}
