/** The first and last calendar day a partial ISO date denotes, both as "YYYY-MM-DD". */
export interface DateInterval {
  first: string;
  last: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * "2024" → 2024-01-01…2024-12-31, "2024-02" → 2024-02-01…2024-02-29, "2024-09-30" → that day.
 * Returns null for "" and for anything that is not a real partial date ("2024-13", "2023-02-29").
 */
export function partialDateInterval(value: string): DateInterval | null {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return null;
  const [, yearText = '', monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { first: `${yearText}-01-01`, last: `${yearText}-12-31` };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  const prefix = `${yearText}-${monthText}`;
  if (dayText === undefined) return { first: `${prefix}-01`, last: `${prefix}-${pad2(lastDay)}` };
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return null;
  return { first: `${prefix}-${dayText}`, last: `${prefix}-${dayText}` };
}

/** A date range with partial bounds resolved: `from` is a first day, `to` a last day. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/**
 * Resolves filter bounds. A partial bound stands for the whole interval it denotes, so
 * dateFrom "2024-09" starts on 2024-09-01 and dateTo "2024-09" ends on 2024-09-30. An empty or
 * absent bound is open. An invalid bound throws a RangeError naming it (a filter is built by
 * the app's controls, so a bad one is a programming error, not user data).
 */
export function resolveDateRange(dateFrom?: string, dateTo?: string): DateRange {
  return {
    from: resolveBound('dateFrom', dateFrom, 'first'),
    to: resolveBound('dateTo', dateTo, 'last'),
  };
}

function resolveBound(
  name: string,
  value: string | undefined,
  end: keyof DateInterval,
): string | null {
  if (value === undefined || value.trim() === '') return null;
  const interval = partialDateInterval(value);
  if (!interval)
    throw new RangeError(`${name} "${value}" is not a date like 2024, 2024-09 or 2024-09-30.`);
  return interval[end];
}

/**
 * Whether an article's publication date falls in a range. A partial date is the interval it
 * denotes, and the article is included when that interval overlaps the range at all: an
 * article dated "2024-09" is inside [2024-09-15, 2024-12-31] (its September overlaps), and
 * inside [2024-01-01, 2024-09-01], but not inside [2024-10-01, …]. With an open range every
 * article is included; with any bound set, an article with no (or an unreadable) date is
 * excluded, since nothing says it belongs to the range.
 */
export function isPublishedInRange(published: string, range: DateRange): boolean {
  if (range.from === null && range.to === null) return true;
  const interval = partialDateInterval(published);
  if (!interval) return false;
  if (range.from !== null && interval.last < range.from) return false;
  if (range.to !== null && interval.first > range.to) return false;
  return true;
}
