import "server-only";
import { SKILLS, type Skill } from "@/lib/content/schemas";
import { MASTERY_LEVELS, masteryBySkill, type MasteryLevel } from "@/lib/mastery";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";

/** Class mastery by skill (how many students at each level) and each assignment's score distribution. */
export async function getClassInsights(classId: string, timeZone: string) {
  const { klass } = await requireTeacherOf(classId);
  const [answers, students, attempts] = await Promise.all([
    db.$queryRaw<{ studentId: string; skill: Skill; fraction: number; answeredAt: Date }[]>`
      SELECT at."studentId", qv.skill, an.score / NULLIF(an."maxPoints", 0) AS fraction, at."submittedAt" AS "answeredAt"
      FROM "Answer" an
      JOIN "Attempt" at ON at.id = an."attemptId"
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId"
      JOIN "Enrollment" e ON e."studentId" = at."studentId" AND e."classId" = a."classId"
      WHERE a."classId" = ${classId} AND a."removedAt" IS NULL AND at."submittedAt" IS NOT NULL AND an.score IS NOT NULL AND an."maxPoints" > 0`,
    db.enrollment.count({ where: { classId } }),
    db.$queryRaw<{ assignmentId: string; title: string; fraction: number }[]>`
      SELECT DISTINCT ON (at."assignmentId", at."studentId") at."assignmentId", l.title, at.score / NULLIF(at."maxScore", 0) AS fraction
      FROM "Attempt" at JOIN "Assignment" a ON a.id = at."assignmentId" JOIN "Lesson" l ON l.id = a."lessonId"
      WHERE a."classId" = ${classId} AND a."removedAt" IS NULL AND at."submittedAt" IS NOT NULL AND at."maxScore" > 0
      ORDER BY at."assignmentId", at."studentId", at.number`,
  ]);

  const byStudent = new Map<string, { skill: Skill; score: number; answeredAt: Date }[]>();
  for (const a of answers) {
    const list = byStudent.get(a.studentId) ?? [];
    list.push({ skill: a.skill, score: a.fraction, answeredAt: a.answeredAt });
    byStudent.set(a.studentId, list);
  }
  const mastery = Object.fromEntries(SKILLS.map((s) => [s, Object.fromEntries(MASTERY_LEVELS.map((l) => [l, 0])) as Record<MasteryLevel, number>])) as Record<Skill, Record<MasteryLevel, number>>;
  for (const list of byStudent.values()) {
    const levels = masteryBySkill(list, timeZone);
    for (const skill of SKILLS) mastery[skill][levels.get(skill) ?? "not-started"]++;
  }
  // Students with no graded answers at all are "not started" everywhere.
  for (const skill of SKILLS) mastery[skill]["not-started"] += students - byStudent.size;

  const distributions = new Map<string, { title: string; fractions: number[] }>();
  for (const a of attempts) {
    const entry = distributions.get(a.assignmentId) ?? { title: a.title, fractions: [] };
    entry.fractions.push(a.fraction);
    distributions.set(a.assignmentId, entry);
  }
  return { klass, students, mastery, distributions: [...distributions.entries()].map(([assignmentId, d]) => ({ assignmentId, ...d })) };
}
