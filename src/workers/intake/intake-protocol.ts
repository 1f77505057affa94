import type { ImportStage } from '../../db/repositories/exchange-repository';
import type { CorpusImportResult } from '../../db/repositories/corpus-repository';
import type { CorpusArticle } from '../../domain/exchange/kinds/corpus-article';
import type { TableCounts } from '../../domain/exchange/kinds/backup-file';
import type { LexiconDiff } from '../../domain/lexicon/lexicon-file';
import type { ParseError } from '../../domain/exchange/result';

/**
 * The one intake pipeline for the files a person opens outside "Import annotations": article
 * files, backups and lexicon files. Each goes read → decode → detect → parse → plan → preview
 * in the import worker; the person confirms; `commitFile` writes it in one transaction.
 */

/** What the person is opening, which decides the kinds tried, the plan and the preview. */
export type FileIntake = 'corpus' | 'backup' | 'lexicon';

export interface IntakeProgress {
  stage: ImportStage;
  /** Characters of an HTML file read, or rows written; else 0. */
  done: number;
  total: number;
}

/** One article found in an article file, waiting for the person to confirm outlet and title. */
export interface CorpusDraft extends CorpusArticle {
  key: string;
  fileName: string;
  textHash: string;
  words: number;
}

export interface CorpusFilePreview {
  intake: 'corpus';
  id: string;
  fileName: string;
  drafts: CorpusDraft[];
  notes: string[];
}

export interface RestorePreview {
  intake: 'backup';
  id: string;
  fileName: string;
  exportedAt: string | null;
  current: TableCounts;
  backup: TableCounts;
  warnings: string[];
}

export interface LexiconPreview {
  intake: 'lexicon';
  id: string;
  fileName: string;
  diff: LexiconDiff;
}

export interface IntakePreviews {
  corpus: CorpusFilePreview;
  backup: RestorePreview;
  lexicon: LexiconPreview;
}

export type IntakePreview = IntakePreviews[FileIntake];

export type PrepareFileResult<I extends FileIntake = FileIntake> =
  { ok: true; preview: IntakePreviews[I] } | { ok: false; fileName: string; error: ParseError };

/** The person's edits of each article draft, by key (the text stays in the worker). */
export interface CorpusChoice {
  key: string;
  outletName: string;
  title: string;
  published: string;
  /** A BCP 47 tag or "und"; '' keeps the language detected from the text. */
  language: string;
}

export interface IntakeDecisions {
  corpus: { intake: 'corpus'; articles: CorpusChoice[] };
  backup: { intake: 'backup' };
  lexicon: { intake: 'lexicon' };
}

export interface IntakeOutcomes {
  corpus: CorpusImportResult;
  backup: TableCounts;
  lexicon: { entries: number };
}

export type IntakeDecision = IntakeDecisions[FileIntake];
