import { expose } from 'comlink';
import type { AgreementWorkerApi } from './agreement-protocol';

const notYet = () => Promise.reject(new Error('The agreement worker is not built yet.'));

const api: AgreementWorkerApi = {
  agreement: notYet,
  disagreementMap: notYet,
  curationGroups: notYet,
};

expose(api);
