import type { SubmissionFile } from '../../../domain/classroom/classroom-files';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function clockTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Annotations a teacher will count: tombstones and rejected suggestions travel but are not work. */
function liveAnnotationCount(file: SubmissionFile): number {
  return file.annotations.filter(
    (annotation) => annotation.status === 'accepted' && annotation.deleted === 0,
  ).length;
}

/**
 * "Handed in 3 articles, 7 annotations at 14:05 — hand in again any time; the later file
 * replaces the earlier one".
 */
export function handInStatus(file: SubmissionFile, at: Date): string {
  const articles = plural(file.articles.length, 'article', 'articles');
  const annotations = plural(liveAnnotationCount(file), 'annotation', 'annotations');
  return `Handed in ${articles}, ${annotations} at ${clockTime(at)} — hand in again any time; the later file replaces the earlier one`;
}

/** A warning (not a refusal) when some articles are not marked done; null when all are. */
export function notDoneWarning(file: SubmissionFile): string | null {
  const notDone = file.articles.filter((article) => file.progress[article.id] !== 'done').length;
  if (notDone === 0) return null;
  const which = notDone === 1 ? '1 article is' : `${notDone} articles are`;
  return `${which} not marked as done; the file was handed in anyway.`;
}
