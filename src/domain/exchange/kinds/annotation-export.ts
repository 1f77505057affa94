import type { Codebook } from '../../types';
import type { DoccanoOffsetUnits } from '../doccano-units';
import type { ExportScope } from '../native-format';

/** What every annotation kind's `serialize` receives: one consistent read of the export scope. */
export interface AnnotationExportInput {
  scope: ExportScope & { codebook: Codebook };
  /** FrameLens JSON only: the other kinds always carry texts or never do. */
  includeTexts: boolean;
  /** doccano only: what its offsets count. */
  doccanoOffsetUnits: DoccanoOffsetUnits;
}
