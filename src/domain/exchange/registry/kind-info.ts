import type { DoccanoOffsetUnits } from '../doccano-units';

/**
 * What the page needs to know about each file kind — names, extensions, export options — with
 * no parser or serialiser attached, so that the export menu and the import preview can read it
 * without loading the format code (that stays in the import worker). Each kind module in
 * `kinds/` spreads its entry; `registry.ts` lists the kinds in this order.
 */

/** What a kind brings in when opened: it decides which planner and which preview run. */
export type Intake = 'annotations' | 'corpus' | 'backup' | 'lexicon' | 'classroom';

export interface ExportInfo {
  /** Added to the file name so that two kinds with one extension are told apart. */
  suffix: string;
  /** Whether the file carries the article texts ('optional': the person chooses). */
  texts: 'optional' | 'always' | 'never';
  /** What the offsets count ('chosen': the person picks the unit when exporting). */
  offsetUnits: DoccanoOffsetUnits | 'chosen';
  /** One or two sentences for the export menu. */
  description: string;
}

export interface KindInfo {
  id: string;
  /** The name a person reads in menus and previews. */
  name: string;
  /** Extension of the files it writes (without the dot). */
  extension: string;
  mime: string;
  intake: Intake;
  /** Present for kinds FrameLens can write: they appear in the export menu. */
  export?: ExportInfo;
}

export const KIND_INFO = {
  framelens: {
    id: 'framelens',
    name: 'FrameLens JSON',
    extension: 'json',
    mime: 'application/json',
    intake: 'annotations',
    export: {
      suffix: '',
      texts: 'optional',
      offsetUnits: 'utf16',
      description:
        'Lossless: merge it into another FrameLens (class hand-ins, a second laptop). Deletions travel too, so merges stay right.',
    },
  },
  w3c: {
    id: 'w3c',
    name: 'W3C Web Annotation (JSON-LD)',
    extension: 'jsonld',
    mime: 'application/ld+json',
    intake: 'annotations',
    export: {
      suffix: '',
      texts: 'never',
      offsetUnits: 'code-points',
      description:
        'Web Annotation Data Model (JSON-LD AnnotationCollection) for annotation tools and archives. Offsets count characters.',
    },
  },
  'label-studio': {
    id: 'label-studio',
    name: 'Label Studio JSON',
    extension: 'json',
    mime: 'application/json',
    intake: 'annotations',
    export: {
      suffix: '-label-studio',
      texts: 'always',
      offsetUnits: 'code-points',
      description:
        'Label Studio tasks with the text and one labels region per annotation (target, voice, valence as per-region fields).',
    },
  },
  doccano: {
    id: 'doccano',
    name: 'doccano JSONL',
    extension: 'jsonl',
    mime: 'application/x-ndjson',
    intake: 'annotations',
    export: {
      suffix: '-doccano',
      texts: 'always',
      offsetUnits: 'chosen',
      description:
        'doccano sequence labeling: one line per article with its text and [start, end, label] spans. Labels only.',
    },
  },
  'csv-annotations': {
    id: 'csv-annotations',
    name: 'CSV, one row per annotation',
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    intake: 'annotations',
    export: {
      suffix: '',
      texts: 'never',
      offsetUnits: 'utf16',
      description:
        'One row per annotation for spreadsheets, R or pandas. Cells starting with = + - @ are escaped.',
    },
  },
  'csv-corpus': {
    id: 'csv-corpus',
    name: 'CSV corpus (articles only)',
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    intake: 'corpus',
  },
  'corpus-text': {
    id: 'corpus-text',
    name: 'Text or Markdown article',
    extension: 'txt',
    mime: 'text/plain',
    intake: 'corpus',
  },
  'corpus-html': {
    id: 'corpus-html',
    name: 'HTML article',
    extension: 'html',
    mime: 'text/html',
    intake: 'corpus',
  },
  'corpus-bundle': {
    id: 'corpus-bundle',
    name: 'FrameLens bundle (articles only)',
    extension: 'json',
    mime: 'application/json',
    intake: 'corpus',
  },
  backup: {
    id: 'backup',
    name: 'FrameLens backup',
    extension: 'json',
    mime: 'application/json',
    intake: 'backup',
  },
  lexicon: {
    id: 'lexicon',
    name: 'FrameLens lexicon',
    extension: 'json',
    mime: 'application/json',
    intake: 'lexicon',
  },
  assignment: {
    id: 'assignment',
    name: 'FrameLens assignment',
    extension: 'json',
    mime: 'application/json',
    intake: 'classroom',
  },
  submission: {
    id: 'submission',
    name: 'FrameLens submission',
    extension: 'json',
    mime: 'application/json',
    intake: 'classroom',
  },
  feedback: {
    id: 'feedback',
    name: 'FrameLens feedback',
    extension: 'json',
    mime: 'application/json',
    intake: 'classroom',
  },
} as const satisfies Record<string, KindInfo>;

export type KindId = keyof typeof KIND_INFO;

/** The ids of the kinds FrameLens writes, in menu order. */
export type ExportKindId = {
  [Id in KindId]: (typeof KIND_INFO)[Id] extends { export: ExportInfo } ? Id : never;
}[KindId];

export type ExportKindInfo = KindInfo & { id: ExportKindId; export: ExportInfo };

/** The kinds of the export menu, in order (metadata only). */
export function exportKindInfos(): ExportKindInfo[] {
  const infos: KindInfo[] = Object.values(KIND_INFO);
  return infos.filter((info): info is ExportKindInfo => info.export !== undefined);
}
