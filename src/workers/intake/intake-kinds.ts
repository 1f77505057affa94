import { backupKind } from '../../domain/exchange/kinds/backup-kind';
import { corpusBundleKind } from '../../domain/exchange/kinds/corpus-bundle-kind';
import { corpusCsvKind } from '../../domain/exchange/kinds/corpus-csv-kind';
import { corpusHtmlKind } from '../../domain/exchange/kinds/corpus-html-kind';
import { corpusTextKind } from '../../domain/exchange/kinds/corpus-text-kind';
import { lexiconKind } from '../../domain/exchange/kinds/lexicon-kind';
import type { FileKind } from '../../domain/exchange/registry/file-kind';

// TODO(registry): replace with FILE_KINDS from registry.ts once arch-registry lands it.
export const INTAKE_KINDS: readonly FileKind[] = [
  corpusTextKind,
  corpusHtmlKind,
  corpusCsvKind,
  corpusBundleKind,
  backupKind,
  lexiconKind,
] as readonly FileKind[];
