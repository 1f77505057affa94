const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Accepts "", "2024", "2024-09" or "2024-09-30" (a real calendar day). */
export function isValidPartialDate(value: string): boolean {
  if (value === '') return true;
  if (!PARTIAL_ISO_DATE.test(value)) return false;
  if (value.length === 10) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }
  return true;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-09" → "Sep 2024"; "2024-11-28" → "28 Nov 2024"; "" → "Undated". */
export function formatPartialDate(value: string): string {
  if (!value) return 'Undated';
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}
