import { assignmentKind } from '../kinds/assignment-kind';
import { backupKind } from '../kinds/backup-kind';
import { corpusBundleKind } from '../kinds/corpus-bundle-kind';
import { corpusHtmlKind } from '../kinds/corpus-html-kind';
import { corpusTextKind } from '../kinds/corpus-text-kind';
import { csvAnnotationsKind } from '../kinds/csv-annotations-kind';
import { csvCorpusKind } from '../kinds/csv-corpus-kind';
import { doccanoKind } from '../kinds/doccano-kind';
import { feedbackKind } from '../kinds/feedback-kind';
import { framelensKind } from '../kinds/framelens-kind';
import { labelStudioKind } from '../kinds/label-studio-kind';
import { lexiconKind } from '../kinds/lexicon-kind';
import { submissionKind } from '../kinds/submission-kind';
import { w3cKind } from '../kinds/w3c-kind';
import { fail, succeed, type ParseResult } from '../result';
import type { FileKind, FileProbe } from './file-kind';
import { readProbe } from './probe';
import { whyUnrecognised } from './unrecognised';

/**
 * Every kind of file FrameLens opens or writes, one entry per line, in the order of the export
 * menu (the same order as `KIND_INFO`). Detection, the export menu, the import preview and the
 * import worker all read this list.
 */
export const FILE_KINDS: readonly FileKind[] = [
  framelensKind,
  w3cKind,
  labelStudioKind,
  doccanoKind,
  csvAnnotationsKind,
  csvCorpusKind,
  corpusTextKind,
  corpusHtmlKind,
  corpusBundleKind,
  backupKind,
  lexiconKind,
  assignmentKind,
  submissionKind,
  feedbackKind,
];

/** Which kinds a detection considers: those of the place the file was opened in. */
export type KindFilter = (kind: FileKind) => boolean;

const anyKind: KindFilter = () => true;

export interface DetectedKind {
  kind: FileKind;
  /** Why the kind was chosen, for the preview. */
  reason: string;
  probe: FileProbe;
}

/**
 * Which kind a file is: read and decoded once, JSON parsed once, every kind asked; the most
 * confident claim wins (the earlier kind on a tie). Unreadable content is an error, and so is a
 * file no kind claims — with what the file looks like instead.
 */
export function detectKind(
  fileName: string,
  content: string | Uint8Array,
  accepts: KindFilter = anyKind,
): ParseResult<DetectedKind> {
  const read = readProbe(fileName, content);
  if (!read.ok) return read;
  const probe = read.value;
  const claim = claimKind(probe, accepts);
  if (!claim) {
    return fail(`FrameLens does not recognise "${fileName}": ${whyUnrecognised(probe)}.`, 'file');
  }
  return succeed({ ...claim, probe });
}

/** The kind whose claim on a read file is the most confident, or null when none claims it. */
export function claimKind(
  probe: FileProbe,
  accepts: KindFilter = anyKind,
): { kind: FileKind; reason: string } | null {
  let best: { kind: FileKind; reason: string; confidence: number } | null = null;
  for (const kind of FILE_KINDS) {
    if (!accepts(kind)) continue;
    const claim = kind.detect(probe);
    if (claim && (!best || claim.confidence > best.confidence)) best = { kind, ...claim };
  }
  return best && { kind: best.kind, reason: best.reason };
}

export function kindById(id: string): FileKind | undefined {
  return FILE_KINDS.find((kind) => kind.id === id);
}

/** The kinds FrameLens writes, in menu order. */
export function exportableKinds(): FileKind[] {
  return FILE_KINDS.filter((kind) => kind.serialize !== undefined && kind.export !== undefined);
}
