// Due dates as students and teachers read them, with Intl only (no date library): a relative phrase
// ("in 2 days", "3 hours ago") and an absolute one in the reader's time zone ("Tue 24 Nov, 17:00").
// The app speaks British English, hence en-GB (day before month, 24-hour clock).

const LOCALE = "en-GB";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Largest unit first; "days" is used up to 13 days, because "in 1 week" for 12 days hides too much. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["week", WEEK, 14 * DAY],
  ["day", DAY, DAY],
  ["hour", HOUR, HOUR],
  ["minute", MINUTE, MINUTE],
];

const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: "always" });

/**
 * Counts are truncated toward zero, never rounded up: with 1 h 50 min left, "in 1 hour" is the
 * safe thing to tell a student; "in 2 hours" would promise time they do not have.
 * Under a minute either way reads "now".
 */
export function formatRelative(target: Date, now: Date): string {
  const delta = target.getTime() - now.getTime();
  const size = Math.abs(delta);
  for (const [unit, length, from] of UNITS) {
    if (size >= from) return relativeFormat.format(Math.sign(delta) * Math.trunc(size / length), unit);
  }
  return "now";
}

// Building an Intl.DateTimeFormat costs ~0.1 ms and a page shows dozens of dates in a handful of time
// zones: keep one formatter per zone and kind. Bounded by the ~600 IANA zones, because callers pass
// canonical names (server/viewer-time-zone.ts).
const ABSOLUTE: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, kind: "absolute" | "year"): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE, { timeZone, ...(kind === "absolute" ? ABSOLUTE : { year: "numeric" }) });
    formatters.set(key, found);
  }
  return found;
}

/** "Tue 24 Nov, 17:00" in `timeZone`; the year is added when it is not the current one there. */
export function formatAbsolute(date: Date, now: Date, timeZone: string): string {
  const parts = (d: Date, kind: "absolute" | "year") => Object.fromEntries(formatter(timeZone, kind).formatToParts(d).map((p) => [p.type, p.value]));
  const p = parts(date, "absolute");
  const thisYear = parts(now, "year").year;
  const year = p.year === thisYear ? "" : ` ${p.year}`;
  // Assembled from parts so an ICU update cannot change the punctuation under us.
  return `${p.weekday} ${p.day} ${p.month}${year}, ${p.hour}:${p.minute}`;
}

/** Throws RangeError on an unknown time zone (Intl does); check user input with canonicalTimeZone. */
export function formatDue(dueAt: Date, now: Date, timeZone: string): { relative: string; absolute: string } {
  return { relative: formatRelative(dueAt, now), absolute: formatAbsolute(dueAt, now, timeZone) };
}

/**
 * The zone's canonical IANA name ("europe/paris" → "Europe/Paris"), or null when Intl does not know it.
 * Canonical names keep the formatter cache to one entry per real zone, whatever case a client sends.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat(LOCALE, { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export type DueStatus = "upcoming" | "due-soon" | "late" | "missing" | "done";

export const DUE_SOON_MS = DAY;

/**
 * Where an assignment stands for one student (Google Classroom's words):
 * - submitted on or before the due moment → done; after it → late;
 * - not submitted and the due moment has passed → missing;
 * - not submitted, due within 24 hours (or right now) → due-soon; otherwise upcoming.
 * No due date: done once submitted, upcoming until then.
 */
export function dueStatus({
  dueAt,
  submittedAt,
  now,
}: {
  dueAt: Date | null | undefined;
  submittedAt: Date | null | undefined;
  now: Date;
}): DueStatus {
  if (submittedAt) return dueAt && submittedAt.getTime() > dueAt.getTime() ? "late" : "done";
  if (!dueAt) return "upcoming";
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "missing";
  return left <= DUE_SOON_MS ? "due-soon" : "upcoming";
}
