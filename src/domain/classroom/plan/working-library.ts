import { lookupKey } from '../../exchange/foreign-import';
import { planMerge, type MergeCounts } from '../../exchange/merge';
import { OutletResolver } from '../../exchange/plan/outlet-matching';
import type { Annotation, Annotator, Outlet } from '../../types';
import type { Assignment, SubmissionRecord } from '../classroom-types';
import type { ClassroomSnapshot, SnapshotArticle } from './classroom-plan-types';

/**
 * The library as the files of one batch see it: the snapshot plus what the files planned
 * before them add (an assignment and its feedback may arrive together).
 */
export class WorkingLibrary {
  readonly now: string;
  readonly currentAnnotatorId: string | null;
  private readonly assignments: Map<string, Assignment>;
  private readonly articlesById: Map<string, SnapshotArticle>;
  private readonly articlesByHash: Map<string, SnapshotArticle>;
  private readonly texts: Map<string, string>;
  private readonly outletResolver: OutletResolver;
  private readonly annotators: Map<string, Annotator>;
  private readonly stored: Map<string, Annotation>;
  private readonly submissions: Map<string, SubmissionRecord>;
  readonly labelKeys: Set<string>;
  readonly labelIds: Set<string>;
  readonly actorKeys: Set<string>;
  readonly actorIds: Set<string>;
  readonly lexiconIds: Set<string>;

  constructor(snapshot: ClassroomSnapshot) {
    this.now = snapshot.now;
    this.currentAnnotatorId = snapshot.currentAnnotatorId;
    this.assignments = new Map(snapshot.assignments.map((a) => [a.id, a]));
    this.articlesById = new Map(snapshot.articles.map((a) => [a.id, a]));
    this.articlesByHash = new Map(snapshot.articles.map((a) => [a.textHash, a]));
    this.texts = new Map(snapshot.texts);
    this.outletResolver = new OutletResolver(snapshot.outlets);
    this.annotators = new Map(snapshot.annotators.map((a) => [a.id, a]));
    this.stored = new Map(snapshot.annotations.map((a) => [a.id, a]));
    this.submissions = new Map(snapshot.submissions.map((s) => [submissionKey(s), s]));
    this.labelKeys = new Set(snapshot.codebook.labels.map((label) => lookupKey(label.name)));
    this.labelIds = new Set(snapshot.codebook.labels.map((label) => label.id));
    this.actorKeys = new Set(snapshot.codebook.actors.map((actor) => lookupKey(actor.name)));
    this.actorIds = new Set(snapshot.codebook.actors.map((actor) => actor.id));
    this.lexiconIds = new Set(snapshot.lexiconIds);
  }

  assignment(id: string): Assignment | undefined {
    return this.assignments.get(id);
  }

  putAssignment(assignment: Assignment): void {
    this.assignments.set(assignment.id, assignment);
  }

  article(id: string): SnapshotArticle | undefined {
    return this.articlesById.get(id);
  }

  articleWithText(textHash: string): SnapshotArticle | undefined {
    return this.articlesByHash.get(textHash);
  }

  addArticle(article: SnapshotArticle, text: string): void {
    this.articlesById.set(article.id, article);
    this.articlesByHash.set(article.textHash, article);
    this.texts.set(article.id, text);
  }

  text(articleId: string): string | undefined {
    return this.texts.get(articleId);
  }

  /** The id of the outlet with this name, planned when new; `added` lists the new ones. */
  outletNamed(name: string): string {
    return this.outletResolver.resolve(name);
  }

  outletsAddedSince(count: number): Outlet[] {
    return this.outletResolver.added.slice(count);
  }

  outletsAdded(): number {
    return this.outletResolver.added.length;
  }

  annotator(id: string): Annotator | undefined {
    return this.annotators.get(id);
  }

  addAnnotator(annotator: Annotator): void {
    if (!this.annotators.has(annotator.id)) this.annotators.set(annotator.id, annotator);
  }

  submission(assignmentId: string, studentId: string): SubmissionRecord | undefined {
    return this.submissions.get(`${assignmentId}\u0000${studentId}`);
  }

  /** Merge counts of these annotations against the stored copies of their ids. */
  mergeCounts(incoming: readonly Annotation[]): MergeCounts {
    const existing: Annotation[] = [];
    for (const annotation of incoming) {
      const stored = this.stored.get(annotation.id);
      if (stored) existing.push(stored);
    }
    return planMerge(existing, incoming).counts;
  }
}

function submissionKey(record: SubmissionRecord): string {
  return `${record.assignmentId}\u0000${record.studentId}`;
}
