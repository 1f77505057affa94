import type { CorpusFile } from '../../domain/exchange/kinds/corpus-article';
import { detectFormat } from '../../domain/exchange/detect-format';
import { fail, succeed, type ParseResult } from '../../domain/exchange/result';
import type { FileKind, FileProbe } from '../../domain/exchange/registry/file-kind';
import { sha256Hex } from '../../domain/hash';
import type { CorpusChoice, CorpusDraft } from './intake-protocol';
import type { CorpusArticleInput } from '../../db/repositories/corpus-repository';

/** Why a file no corpus kind claims cannot be opened as articles, and where it belongs. */
function notArticles(probe: FileProbe): string {
  const detected = detectFormat(probe.fileName, probe.text);
  if (!detected.ok) return detected.error.message;
  const { format, reason } = detected.value;
  if (format === 'unknown') return `FrameLens does not recognise this file: ${reason}.`;
  return `This is a ${format === 'csv-annotations' ? 'CSV annotation' : format} file: import it under “Import annotations” (its texts come with it).`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

let counter = 0;

/** Parse and plan of an article file: its articles, hashed, as drafts for the person. */
export async function planCorpusFile(
  probe: FileProbe,
  kind: FileKind | null,
  onProgress: (done: number, total: number) => void,
): Promise<ParseResult<CorpusDraft[]>> {
  if (probe.text.trim() === '') return fail('The file is empty.', 'file');
  if (!kind) return fail(notArticles(probe), 'file');
  // The kind's intake is 'corpus': its parse yields a CorpusFile.
  const parsed = kind.parse(probe, { onProgress }) as ParseResult<CorpusFile>;
  if (!parsed.ok) return parsed;
  const drafts = await Promise.all(
    parsed.value.articles.map(async (article) => {
      counter += 1;
      return {
        ...article,
        key: `corpus-${counter}`,
        fileName: probe.fileName,
        textHash: await sha256Hex(article.text),
        words: wordCount(article.text),
      };
    }),
  );
  return succeed(drafts, parsed.warnings);
}

/** The articles to add: each chosen draft with the person's outlet, title and date. */
export function corpusInputs(
  drafts: ReadonlyMap<string, CorpusDraft>,
  choices: readonly CorpusChoice[],
): CorpusArticleInput[] {
  return choices.map((choice) => {
    const draft = drafts.get(choice.key);
    if (!draft) throw new Error('These articles are no longer read: choose the files again.');
    return {
      outletName: choice.outletName,
      title: choice.title,
      published: choice.published,
      url: draft.url,
      language: draft.language,
      text: draft.text,
      textHash: draft.textHash,
      source: draft.source,
    };
  });
}
