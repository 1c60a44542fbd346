// Per-student accommodations: what a teacher sets for one student on the class roster, and per assignment
// (which replaces the class's settings as a whole). Pure: the server reads the rows, these rules decide the
// student's own time limit and due date, and the words the student and the teacher see.
import { attemptExpiry, type AssignmentRules } from "@/lib/assignment-rules";
import type { ExtraTime } from "@/lib/enums";

export type { ExtraTime };

export type AccommodationSettings = {
  extraTime: ExtraTime | null;
  reducedChoices: boolean;
  adaptedFirst: boolean;
  readAloud: boolean;
  sentenceFrames: boolean;
};

/** What applies to one student in one assignment, and where it came from. */
export type Accommodation = AccommodationSettings & {
  /** A personal due date (only an assignment's own row has one); null = the assignment's. */
  dueAt: Date | null;
  from: "none" | "class" | "assignment";
};

export const NO_ACCOMMODATION: Accommodation = { extraTime: null, reducedChoices: false, adaptedFirst: false, readAloud: false, sentenceFrames: false, dueAt: null, from: "none" };

/** The assignment's row if there is one, else the class's, else none. */
export function effectiveAccommodation(classRow: AccommodationSettings | null | undefined, assignmentRow: (AccommodationSettings & { dueAt: Date | null }) | null | undefined): Accommodation {
  if (assignmentRow) return { ...pick(assignmentRow), dueAt: assignmentRow.dueAt, from: "assignment" };
  if (classRow) return { ...pick(classRow), dueAt: null, from: "class" };
  return NO_ACCOMMODATION;
}

const pick = (r: AccommodationSettings): AccommodationSettings => ({ extraTime: r.extraTime, reducedChoices: r.reducedChoices, adaptedFirst: r.adaptedFirst, readAloud: r.readAloud, sentenceFrames: r.sentenceFrames });

const FACTORS: Record<Exclude<ExtraTime, "NO_LIMIT">, number> = { TIME_AND_A_HALF: 1.5, DOUBLE: 2 };

/** The student's own limit in whole minutes (rounded up, in the student's favour); null = no limit. */
export function ownTimeLimit(limitMinutes: number | null, extraTime: ExtraTime | null): number | null {
  if (limitMinutes === null) return null;
  if (extraTime === null) return limitMinutes;
  if (extraTime === "NO_LIMIT") return null;
  return Math.ceil(limitMinutes * FACTORS[extraTime]);
}

/** The assignment's rules as they apply to this student: their own time limit and due date. */
export function accommodatedRules<R extends AssignmentRules>(rules: R, accommodation: Accommodation): R {
  return { ...rules, timeLimitMinutes: ownTimeLimit(rules.timeLimitMinutes, accommodation.extraTime), dueAt: accommodation.dueAt ?? rules.dueAt };
}

/** When this student's attempt must end (the server's limit: autosave, submit and expiry all read it). */
export const accommodatedExpiry = (rules: AssignmentRules, accommodation: Accommodation, startedAt: Date): Date | null =>
  attemptExpiry(accommodatedRules(rules, accommodation), startedAt);

const minutes = (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}`;

/** What the student is told about their time: "You have 30 minutes — extended." */
export function timeLimitNote(limitMinutes: number | null, extraTime: ExtraTime | null): string | null {
  if (limitMinutes === null) return null;
  const own = ownTimeLimit(limitMinutes, extraTime);
  if (extraTime === null) return `You have ${minutes(limitMinutes)}.`;
  if (own === null) return "You have no time limit — extended for you.";
  return `You have ${minutes(own)} — extended.`;
}

export const EXTRA_TIME_LABELS: Record<ExtraTime, string> = { TIME_AND_A_HALF: "Time ×1.5", DOUBLE: "Time ×2", NO_LIMIT: "No time limit" };

/** Short labels for the teacher's views (gradebook, CSV, roster); empty when nothing is set. */
export function accommodationLabels(a: AccommodationSettings & { dueAt?: Date | null }, formatDate?: (d: Date) => string): string[] {
  const labels: string[] = [];
  if (a.extraTime) labels.push(EXTRA_TIME_LABELS[a.extraTime]);
  if (a.dueAt) labels.push(formatDate ? `Due ${formatDate(a.dueAt)}` : "Own due date");
  if (a.reducedChoices) labels.push("Reduced choices");
  if (a.adaptedFirst) labels.push("Adapted text first");
  if (a.readAloud) labels.push("Read-aloud");
  if (a.sentenceFrames) labels.push("Sentence frames");
  return labels;
}
