import "server-only";
import { SKILLS } from "@/lib/content/schemas";
import { SKILL_LABELS } from "@/lib/content/labels";
import { masteryLevel, MASTERY_LEVELS, MASTERY_RULES, type MasteryLevel, type SkillAnswer, type SkillProgress } from "@/lib/mastery";
import type { ScorePoint } from "@/lib/progress/score-chart";
import type { RevealPolicy } from "@/lib/enums";
import { resultsPath } from "@/lib/quiz/attempt-urls";
import { revealFor } from "@/lib/reveal-policy";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";
import { readReviewQueue } from "@/server/progress/review-queue";

export type AttemptScore = ScorePoint & {
  assignmentId: string;
  attemptNumber: number;
  className: string;
  score: number;
  maxScore: number;
  resultsHref: string;
};

export type StudentProgress = {
  student: { name: string };
  attempts: AttemptScore[];
  skills: SkillProgress[];
  review: { dueNow: number; nextDueAt: Date | null };
};

type AttemptRow = {
  id: string;
  assignmentId: string;
  number: number;
  submittedAt: Date;
  late: boolean;
  score: number | null;
  maxScore: number | null;
  awaitingGrading: boolean;
  lessonTitle: string;
  className: string;
};
type AnswerRow = { skill: string; fraction: number; answered: boolean; answeredAt: Date; revealPolicy: RevealPolicy; dueAt: Date };

const LEVEL_LABELS = Object.fromEntries(MASTERY_RULES.map((r) => [r.level, r.label])) as Record<MasteryLevel, string>;

/**
 * The student's own progress: every submitted quiz attempt with its score, mastery per skill, and the
 * review queue. A fixed number of queries however much work there is: the session user, then three
 * statements in parallel (attempts, graded answers by skill, review queue summary); the page submits
 * expired attempts first. Mastery counts every graded answer of a submitted attempt, in whichever class,
 * once its reveal policy shows per-question results (a skill with one question would otherwise tell how
 * that question went); a pending open response is not evidence yet. Assignments a teacher removed drop
 * out of the score history, as on the dashboard.
 */
export async function getStudentProgress({ now = new Date(), timeZone = "UTC" }: { now?: Date; timeZone?: string } = {}): Promise<StudentProgress> {
  const student = await requireStudent();

  const [attemptRows, answerRows, queue] = await Promise.all([
    db.$queryRaw<AttemptRow[]>`
      SELECT at.id, at."assignmentId", at.number, at."submittedAt", at.late, at.score, at."maxScore", at."awaitingGrading",
             l.title AS "lessonTitle", c.name AS "className"
      FROM "Attempt" at
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN "Lesson" l ON l.id = a."lessonId"
      JOIN "Class" c ON c.id = a."classId"
      WHERE at."studentId" = ${student.id} AND at."submittedAt" IS NOT NULL AND a."removedAt" IS NULL
      ORDER BY at."submittedAt", at.id`,
    db.$queryRaw<AnswerRow[]>`
      SELECT qv.skill, LEAST(1, GREATEST(0, an.score / an."maxPoints")) AS fraction, an.response <> 'null'::jsonb AS answered, at."submittedAt" AS "answeredAt", a."revealPolicy", a."dueAt"
      FROM "Answer" an
      JOIN "Attempt" at ON at.id = an."attemptId"
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId"
      WHERE at."studentId" = ${student.id} AND at."submittedAt" IS NOT NULL AND an.score IS NOT NULL AND an."maxPoints" > 0`,
    readReviewQueue(student.id, now),
  ]);

  const attempts: AttemptScore[] = attemptRows.map((a) => {
    const maxScore = a.maxScore ?? 0;
    const score = a.score ?? 0;
    return {
      id: a.id,
      assignmentId: a.assignmentId,
      attemptNumber: a.number,
      submittedAt: a.submittedAt,
      lessonTitle: a.lessonTitle,
      className: a.className,
      score,
      maxScore,
      percent: maxScore > 0 ? Math.round((score / maxScore) * 100) : 0,
      late: a.late,
      provisional: a.awaitingGrading,
      resultsHref: resultsPath(a.assignmentId, a.id),
    };
  });

  const bySkill = new Map<string, (SkillAnswer & { answered: boolean })[]>();
  for (const row of answerRows) {
    if (!revealFor(row, { submittedAt: row.answeredAt }, now).perQuestion) continue;
    const list = bySkill.get(row.skill) ?? [];
    list.push({ score: Number(row.fraction), answeredAt: row.answeredAt, answered: row.answered });
    bySkill.set(row.skill, list);
  }
  const skills: SkillProgress[] = SKILLS.map((skill) => {
    const answers = bySkill.get(skill) ?? [];
    const level = masteryLevel(answers, timeZone);
    return {
      skill,
      label: SKILL_LABELS[skill],
      level,
      levelLabel: LEVEL_LABELS[level],
      step: MASTERY_LEVELS.indexOf(level),
      answers: answers.length,
      answered: answers.filter((a) => a.answered).length,
      mean: answers.length ? answers.reduce((sum, a) => sum + a.score, 0) / answers.length : null,
    };
  });

  return { student: { name: student.name }, attempts, skills, review: { dueNow: queue.dueNow, nextDueAt: queue.nextDueAt } };
}
