import Dexie, { type EntityTable } from 'dexie';
import type {
  Annotation,
  Annotator,
  Article,
  Codebook,
  LexiconEntry,
  MetaRecord,
  Outlet,
} from '../domain/types';

export const DATABASE_NAME = 'framelens';

export class FrameLensDatabase extends Dexie {
  outlets!: EntityTable<Outlet, 'id'>;
  articles!: EntityTable<Article, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  codebooks!: EntityTable<Codebook, 'id'>;
  lexicon!: EntityTable<LexiconEntry, 'id'>;
  annotators!: EntityTable<Annotator, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Versions are only ever appended: a schema change is a new version with its own upgrade().
    this.version(1).stores({
      outlets: 'id, &nameKey',
      articles: 'id, outletId, &textHash, published, addedAt',
      annotations: 'id, articleId, [articleId+annotatorId], labelId, annotatorId, updatedAt',
      codebooks: 'id',
      lexicon: 'id, labelId',
      annotators: 'id',
      meta: 'key',
    });
  }
}

export const db = new FrameLensDatabase();
