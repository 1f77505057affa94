import { useMutation } from '@tanstack/react-query';
import type { ExportRequest } from '../../../db';
import { datedFileName, downloadBlob } from '../../../ui/download-file';
import { callImportWorker } from '../../../workers/import-client';

export interface ExportDone {
  fileName: string;
  annotationCount: number;
  articleCount: number;
}

/** Reads and serialises the export in the worker (one read transaction), then downloads it. */
export async function downloadExport(request: ExportRequest): Promise<ExportDone> {
  const file = await callImportWorker((api) => api.exportAnnotations(request));
  const fileName = datedFileName(file.fileSlug, file.extension);
  downloadBlob(file.blob, fileName);
  return { fileName, annotationCount: file.annotationCount, articleCount: file.articleCount };
}

export function useDownloadExport() {
  return useMutation({ mutationFn: downloadExport });
}
