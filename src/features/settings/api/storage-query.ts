import { queryOptions, useQuery } from '@tanstack/react-query';

export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

/** Whether the browser has promised not to evict our data, and how much space is used. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persisted || !storage.estimate) {
    return { supported: false, persisted: false, usage: null, quota: null };
  }
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return {
    supported: true,
    persisted,
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
  };
}

export const storageStatusQueryOptions = () =>
  queryOptions({ queryKey: ['storage-status'], queryFn: readStorageStatus, staleTime: 0 });

export function useStorageStatus() {
  return useQuery(storageStatusQueryOptions());
}
