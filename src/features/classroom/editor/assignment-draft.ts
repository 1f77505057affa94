import type { Assignment } from '../../../domain/classroom/classroom-types';
import { assignOutletCodes } from '../../../domain/classroom/outlet-codes';

/** What the editor holds while the teacher types. */
export interface AssignmentDraft {
  title: string;
  instructions: string;
  /** "" or an ISO date from the date input. */
  dueDate: string;
  articleIds: string[];
  suggestions: boolean;
  outletBlind: boolean;
}

export interface DraftErrors {
  title?: string;
  articles?: string;
  dueDate?: string;
}

export const EMPTY_DRAFT: AssignmentDraft = {
  title: '',
  instructions: '',
  dueDate: '',
  articleIds: [],
  suggestions: true,
  outletBlind: false,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateDraft(draft: AssignmentDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.title.trim() === '') errors.title = 'Give the assignment a title.';
  if (draft.articleIds.length === 0) errors.articles = 'Choose at least one article.';
  if (draft.dueDate !== '' && !ISO_DATE.test(draft.dueDate)) {
    errors.dueDate = 'Write the due date as a date (YYYY-MM-DD), or leave it empty.';
  }
  return errors;
}

export function draftOf(assignment: Assignment): AssignmentDraft {
  return {
    title: assignment.title,
    instructions: assignment.instructions,
    dueDate: assignment.dueDate ?? '',
    articleIds: [...assignment.articleIds],
    suggestions: assignment.mode.suggestions,
    outletBlind: assignment.mode.outletBlind,
  };
}

interface DraftContext {
  id: string;
  now: string;
  teacher: { id: string; name: string };
  /** The assignment being edited, or null for a new one. */
  stored: Assignment | null;
  outletIdOf: (articleId: string) => string | undefined;
}

/**
 * The assignment to save. The revision rule: an edit of an assignment that has been downloaded
 * (it holds the codebook it was downloaded with) makes the next revision, which the next
 * download writes; edits before that download stay in the same revision. The codebook and
 * lexicon snapshot is taken again at that download.
 */
export function assignmentFromDraft(draft: AssignmentDraft, context: DraftContext): Assignment {
  const { stored } = context;
  const downloaded = stored !== null && stored.codebook !== null;
  const outletIds = draft.articleIds
    .map(context.outletIdOf)
    .filter((outletId): outletId is string => outletId !== undefined);
  return {
    id: context.id,
    revision: stored === null ? 1 : stored.revision + (downloaded ? 1 : 0),
    role: 'teacher',
    title: draft.title.trim(),
    instructions: draft.instructions.trim(),
    createdAt: stored?.createdAt ?? context.now,
    updatedAt: context.now,
    dueDate: draft.dueDate === '' ? null : draft.dueDate,
    teacher: stored?.teacher ?? context.teacher,
    mode: { suggestions: draft.suggestions, outletBlind: draft.outletBlind },
    articleIds: [...draft.articleIds],
    outletCodes: draft.outletBlind ? assignOutletCodes(context.id, outletIds) : {},
    codebook: null,
    lexicon: [],
    keyAnnotatorId: stored?.keyAnnotatorId ?? null,
    revealed: stored?.revealed ?? false,
    studentId: null,
  };
}
