import { expose } from 'comlink';
import type { CorpusWorkerApi } from './corpus-worker-client';
import { readCorpusFile } from './read-corpus-file';

const api: CorpusWorkerApi = {
  async readFiles(files, onProgress) {
    const results = [];
    for (const [index, file] of files.entries()) {
      const report = (done: number, total: number) =>
        onProgress({ fileIndex: index, fileCount: files.length, fileName: file.name, done, total });
      report(0, 1);
      results.push(await readCorpusFile(file, report));
    }
    return results;
  },
};

expose(api);
