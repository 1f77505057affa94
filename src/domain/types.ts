/** Core data model shared by every layer. Plain data, no behaviour. */

export type ArticleSource = 'seed' | 'paste' | 'file' | 'import';

export interface Outlet {
  id: string;
  name: string;
  /** Lower-cased, trimmed name: outlet names are unique case-insensitively. */
  nameKey: string;
}

export interface Article {
  id: string;
  outletId: string;
  title: string;
  url: string | null;
  /** ISO date, possibly partial: "2024", "2024-09", "2024-09-30". Empty string when unknown. */
  published: string;
  language: string;
  /** NFC-normalised, LF line endings; immutable once annotated. */
  text: string;
  /** SHA-256 hex of `text`. Same hash = same article. */
  textHash: string;
  wordCount: number;
  source: ArticleSource;
  addedAt: string;
}

/** An article without its text: what lists show, cheap to read for a whole library. */
export type ArticleCard = Omit<Article, 'text'>;

export type Voice = 'own' | 'quoted' | 'attributed';
export type AnnotationStatus = 'accepted' | 'rejected-suggestion';

export interface Annotation {
  id: string;
  articleId: string;
  /** UTF-16 code unit offsets into the article text. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  labelId: string;
  /** Actor id, or null when the word is not about a particular actor. */
  target: string | null;
  /** -2 hostile … +2 sympathetic, toward the target. */
  valence: number;
  voice: Voice;
  note: string;
  annotatorId: string;
  status: AnnotationStatus;
  createdAt: string;
  updatedAt: string;
  /** Tombstone: kept so that merges can propagate deletions. 0 = live, 1 = deleted (indexable). */
  deleted: 0 | 1;
}

export interface Label {
  id: string;
  name: string;
  category: string;
  /** CSS colour (hex). */
  color: string;
  /** Keyboard shortcut, "1".."9", or "" for none. */
  key: string;
  description: string;
}

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
}

export interface Codebook {
  id: string;
  name: string;
  version: number;
  labels: Label[];
  actors: Actor[];
  updatedAt: string;
}

export interface LexiconEntry {
  id: string;
  /** Human-readable pattern (the canonical form as typed). */
  pattern: string;
  /** Every surface form that matches (inflections, spelling variants). */
  forms: string[];
  labelId: string;
  valence: number;
  canonical: string;
  note: string;
  /**
   * Where the entry came from: a style guide, a taxonomy or an open lexicon (shipped entries),
   * or how it was added ("Marked by hand", "Discovered in the corpus"). Absent in entries
   * written by older versions.
   */
  source?: string;
}

/** How a term joined the person's own lexicon layer. */
export type PersonalTermOrigin = 'marked' | 'discovered' | 'imported' | 'assignment';

/**
 * A term of the personal lexicon layer: learned from what the person marks by hand (terms the
 * lexicon lacks), added from discovery, or brought by a file. Matched together with the
 * lexicon; kept apart so that it can be shown, exported and imported on its own.
 */
export interface PersonalLexiconEntry extends LexiconEntry {
  origin: PersonalTermOrigin;
  /** ISO timestamp. */
  addedAt: string;
}

/**
 * What one annotator did with one lexicon entry's suggestions. Rejections lower the entry's
 * rank for that person (see src/domain/suggestions/suggestion-rank.ts).
 */
export interface SuggestionFeedback {
  annotatorId: string;
  /** A lexicon or personal-layer entry id. */
  entryId: string;
  accepted: number;
  rejected: number;
  /** ISO timestamp. */
  updatedAt: string;
}

export type AnnotatorRole = 'annotator' | 'teacher' | 'student';

export interface Annotator {
  id: string;
  name: string;
  role: AnnotatorRole;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}
