/**
 * The annotators chosen on the Agreement page, handed to the reader's disagreement map when a
 * link opens it, so that the map shows the same people. Kept for the tab (sessionStorage), so a
 * reload of the map keeps them; the map falls back to everyone who coded the article.
 */

const STORAGE_KEY = 'framelens.map-annotators';

export function rememberMapAnnotators(annotatorIds: readonly string[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(annotatorIds));
  } catch {
    // Storage can be full or blocked: the map then shows everyone who coded the article.
  }
}

/** The annotators last handed over, or null when none were (or what is stored is not a list). */
export function recalledMapAnnotators(): string[] | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!Array.isArray(parsed) || !parsed.every((id) => typeof id === 'string')) return null;
    return parsed as string[];
  } catch {
    return null;
  }
}
