import { expose, transfer } from 'comlink';
// Imported file by file rather than through the src/db barrel: the barrel also brings the seed
// corpus, whose lazily loaded texts would split this worker into several chunks.
import { db } from '../../db/database';
import {
  loadAgreementArticle,
  loadAgreementBase,
  loadArticleTexts,
} from '../../db/repositories/agreement-repository';
import { packedBuffers } from '../../domain/agreement/packed-map';
import { AgreementEngine } from './agreement-engine';
import type { AgreementWorkerApi } from './agreement-protocol';

const engine = new AgreementEngine({
  base: () => loadAgreementBase(db),
  texts: (articleIds) => loadArticleTexts(articleIds, db),
  article: (articleId, options) => loadAgreementArticle(articleId, db, options),
});

const api: AgreementWorkerApi = {
  agreement: (request, onProgress) => engine.agreement(request, onProgress),
  disagreementMap: async (request) => {
    const result = await engine.disagreementMap(request);
    return transfer(result, packedBuffers(result.map));
  },
  prepareArticle: (articleId, codingVersion) => engine.prepareArticle(articleId, codingVersion),
  curationGroups: (request) => engine.curationGroups(request),
};

expose(api);
