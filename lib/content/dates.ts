// Dates in content are plain strings, not Date objects: a calendar day has no time zone, and
// "1962-11-01" must stay 1 November wherever the app runs.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `value` is not a real calendar date in YYYY-MM-DD, or null if it is one. */
export function isoDateProblem(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return `"${value}" is not a date in YYYY-MM-DD format`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `"${value}" is not a real calendar date`;
  }
  return null;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
