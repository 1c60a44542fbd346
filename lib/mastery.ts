// Skill mastery, Khan Academy style: a level per historical-thinking skill from the student's graded
// answers in it. Higher levels are checked first and look only at RECENT answers, so early mistakes
// stop holding a student back once they have learnt; "mastered" also asks for answers on two
// different days, because one good evening of cramming is not yet retention.
// Answers are graded answers only (a pending open response is not evidence yet), each reduced to
// the fraction of its points scored.

import type { Skill } from "@/lib/content/schemas";

export const MASTERY_LEVELS = ["not-started", "attempted", "familiar", "proficient", "mastered"] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export type SkillAnswer = { score: number; answeredAt: Date };

/** The thresholds, named once so the rules text below cannot drift from the code. */
export const MASTERY_THRESHOLDS = {
  familiar: { minAnswers: 3, minMean: 0.5 },
  proficient: { minAnswers: 5, recent: 5, minMean: 0.7 },
  mastered: { minAnswers: 8, recent: 8, minMean: 0.85, minDays: 2 },
} as const;

const T = MASTERY_THRESHOLDS;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The rules as a student or teacher reads them on the progress page, lowest level first. */
export const MASTERY_RULES: readonly { level: MasteryLevel; label: string; rule: string }[] = [
  { level: "not-started", label: "Not started", rule: "No answers in this skill yet." },
  {
    level: "attempted",
    label: "Attempted",
    rule: `Some answers, but fewer than ${T.familiar.minAnswers} or under ${pct(T.familiar.minMean)} on average.`,
  },
  {
    level: "familiar",
    label: "Familiar",
    rule: `At least ${T.familiar.minAnswers} answers, averaging ${pct(T.familiar.minMean)} or more.`,
  },
  {
    level: "proficient",
    label: "Proficient",
    rule:
      `At least ${T.proficient.minAnswers} answers, averaging ${pct(T.proficient.minMean)} or more ` +
      `over the most recent ${T.proficient.recent}.`,
  },
  {
    level: "mastered",
    label: "Mastered",
    rule:
      `At least ${T.mastered.minAnswers} answers, averaging ${pct(T.mastered.minMean)} or more ` +
      `over the most recent ${T.mastered.recent}, given on at least ${T.mastered.minDays} different days.`,
  },
];

/**
 * The level for one skill. `timeZone` decides what counts as a "day" (the student's calendar,
 * not UTC: two answers at 23:30 and 00:30 local time are on two days).
 */
export function masteryLevel(answers: readonly SkillAnswer[], timeZone = "UTC"): MasteryLevel {
  if (answers.length === 0) return "not-started";
  // Newest first; a clamp guards the means against scores outside 0..1 from a caller's bug.
  const recentFirst = [...answers]
    .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime())
    .map((a) => ({ score: Math.min(1, Math.max(0, a.score)), answeredAt: a.answeredAt }));
  const n = recentFirst.length;
  // The tiny tolerance keeps a mean of exactly 70% from failing ≥ 70% on floating-point dust (5 × 0.7).
  const meanOf = (list: readonly { score: number }[]) => list.reduce((sum, a) => sum + a.score, 0) / list.length + 1e-9;

  const lastEight = recentFirst.slice(0, T.mastered.recent);
  if (
    n >= T.mastered.minAnswers &&
    meanOf(lastEight) >= T.mastered.minMean &&
    distinctDays(lastEight, timeZone) >= T.mastered.minDays
  ) {
    return "mastered";
  }
  if (n >= T.proficient.minAnswers && meanOf(recentFirst.slice(0, T.proficient.recent)) >= T.proficient.minMean) {
    return "proficient";
  }
  if (n >= T.familiar.minAnswers && meanOf(recentFirst) >= T.familiar.minMean) return "familiar";
  return "attempted";
}

/** Levels for every skill that appears in the answers (skills with none are simply absent). */
export function masteryBySkill<S extends string>(
  answers: readonly (SkillAnswer & { skill: S })[],
  timeZone = "UTC",
): Map<S, MasteryLevel> {
  const bySkill = new Map<S, SkillAnswer[]>();
  for (const answer of answers) {
    const list = bySkill.get(answer.skill) ?? [];
    list.push(answer);
    bySkill.set(answer.skill, list);
  }
  return new Map([...bySkill].map(([skill, list]) => [skill, masteryLevel(list, timeZone)]));
}

function distinctDays(answers: readonly SkillAnswer[], timeZone: string): number {
  // en-CA formats as YYYY-MM-DD: a calendar day in the given zone.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return new Set(answers.map((a) => day.format(a.answeredAt))).size;
}

/** One skill's row on a progress page. */
export type SkillProgress = {
  skill: Skill;
  label: string;
  level: MasteryLevel;
  levelLabel: string;
  /** 0 for not started … 4 for mastered. */
  step: number;
  /** Graded questions counted for mastery, blanks (graded 0) included … */
  answers: number;
  /** … of which the student actually answered. */
  answered: number;
  /** Mean fraction of points scored, 0..1; null with no answers. */
  mean: number | null;
};
