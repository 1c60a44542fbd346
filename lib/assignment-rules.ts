// When a student may start an attempt and when work is late (what they may see is lib/reveal-policy.ts).
// Pure, so the rules are tested once and used by pages, actions and API handlers alike.

import type { LatePolicy, RevealPolicy } from "@/lib/enums";

export type { LatePolicy, RevealPolicy };

export type AssignmentRules = {
  opensAt: Date;
  dueAt: Date;
  latePolicy: LatePolicy;
  attemptsAllowed: number | null;
  revealPolicy: RevealPolicy;
  timeLimitMinutes: number | null;
};

/** What a teacher sets when assigning a lesson: the rules above, the lesson, whether it is reading only, and shuffling. */
export type AssignmentSettings = AssignmentRules & {
  lessonId: string;
  readingOnly: boolean;
  shuffleOptions: boolean;
  shuffleQuestions: boolean;
  /** "Highlight N sentences (that show a skill)" (lib/annotations/requirement.ts); absent or null = none. */
  annotationsRequired?: number | null;
  annotationSkill?: string | null;
};

export type StartCheck = { ok: true } | { ok: false; reason: string };

export function canStartAttempt(rules: AssignmentRules, attemptsUsed: number, now: Date): StartCheck {
  if (now < rules.opensAt) return { ok: false, reason: "This assignment is not open yet." };
  if (rules.latePolicy === "CLOSE_AT_DUE" && now > rules.dueAt) return { ok: false, reason: "This assignment closed at its due time." };
  if (rules.attemptsAllowed !== null && attemptsUsed >= rules.attemptsAllowed) {
    return { ok: false, reason: rules.attemptsAllowed === 1 ? "You have used your attempt." : `You have used all ${rules.attemptsAllowed} attempts.` };
  }
  return { ok: true };
}

/** When the attempt must end: the time limit, and for assignments that close, no later than the due time. */
export function attemptExpiry(rules: AssignmentRules, startedAt: Date): Date | null {
  const limit = rules.timeLimitMinutes ? new Date(startedAt.getTime() + rules.timeLimitMinutes * 60_000) : null;
  if (rules.latePolicy !== "CLOSE_AT_DUE") return limit;
  return limit && limit < rules.dueAt ? limit : rules.dueAt;
}

export const isLate = (submittedAt: Date, dueAt: Date) => submittedAt.getTime() > dueAt.getTime();

export const LATE_LABELS: Record<LatePolicy, string> = {
  ACCEPT_LATE: "Accept late work and mark it late",
  CLOSE_AT_DUE: "Close at the due time",
};
