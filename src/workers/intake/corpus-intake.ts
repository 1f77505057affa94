import type { CorpusArticleInput } from '../../db/repositories/corpus-repository';
import { corpusFromDocuments, type CorpusFile } from '../../domain/exchange/kinds/corpus-article';
import { csvCorpusKind } from '../../domain/exchange/kinds/csv-corpus-kind';
import type { ImportedDocument } from '../../domain/exchange/foreign-import';
import { fail, succeed, type ParseResult } from '../../domain/exchange/result';
import type { FileKind, FileProbe } from '../../domain/exchange/registry/file-kind';
import { claimKind } from '../../domain/exchange/registry/registry';
import { whyUnrecognised } from '../../domain/exchange/registry/unrecognised';
import { sha256Hex } from '../../domain/hash';
import { canonicalLanguageTag, languageTagProblem } from '../../domain/text/language-tag';
import type { CorpusChoice, CorpusDraft } from './intake-protocol';

/** Why a file no corpus kind claims cannot be opened as articles, and where it belongs. */
function notArticles(probe: FileProbe): string {
  const claim = claimKind(probe);
  if (!claim || claim.kind.intake !== 'annotations') {
    return `FrameLens does not recognise this file: ${whyUnrecognised(probe)}.`;
  }
  const name = claim.kind.id === 'csv-annotations' ? 'CSV annotation' : claim.kind.id;
  return `This is a ${name} file: import it under “Import annotations” (its texts come with it).`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A corpus kind's parse: article kinds give articles; the corpus CSV gives documents. */
function parseArticles(
  probe: FileProbe,
  kind: FileKind,
  onProgress: (done: number, total: number) => void,
): ParseResult<CorpusFile> {
  if (kind.id === csvCorpusKind.id) {
    return corpusFromDocuments(
      kind.parse(probe, { language: '' }) as ParseResult<ImportedDocument[]>,
    );
  }
  return kind.parse(probe, { onProgress }) as ParseResult<CorpusFile>;
}

let counter = 0;

/** Parse and plan of an article file: its articles, hashed, as drafts for the person. */
export async function planCorpusFile(
  probe: FileProbe,
  kind: FileKind | null,
  onProgress: (done: number, total: number) => void,
): Promise<ParseResult<CorpusDraft[]>> {
  if (!kind) return fail(notArticles(probe), 'file');
  const parsed = parseArticles(probe, kind, onProgress);
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

/** The person's language for a draft, checked (it crossed from the page); '' keeps the detected. */
function chosenLanguage(choice: CorpusChoice, draft: CorpusDraft): string {
  if (choice.language === '') return draft.language;
  const tag = canonicalLanguageTag(choice.language);
  if (tag === null) throw new Error(`${choice.title}: ${languageTagProblem(choice.language)}.`);
  return tag;
}

/** The articles to add: each chosen draft with the person's outlet, title, date and language. */
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
      language: chosenLanguage(choice, draft),
      text: draft.text,
      textHash: draft.textHash,
      source: draft.source,
    };
  });
}
