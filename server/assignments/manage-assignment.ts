import "server-only";
import type { AssignmentSettings } from "@/lib/assignment-rules";
import { revealsFrom, type RevealRules } from "@/lib/reveal-policy";
import { requireTeacherOf } from "@/server/authz";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";

async function requireLesson(lessonId: string) {
  const lesson = await db.lesson.findFirst({ where: { id: lessonId, retiredAt: null }, select: { id: true } });
  if (!lesson) throw new AppError("BAD_REQUEST", "That lesson does not exist.");
}

export async function createAssignment({ classId, ...settings }: AssignmentSettings & { classId: string }) {
  await requireTeacherOf(classId);
  await requireLesson(settings.lessonId);
  return db.assignment.create({ data: { classId, ...settings }, select: { id: true } });
}

/**
 * Only the class's teacher can edit; the lesson of an assignment with attempts stays fixed. Attempts keep
 * the order they started with; a new reveal policy or due date applies at once to results and review.
 */
export async function updateAssignment({ assignmentId, ...settings }: AssignmentSettings & { assignmentId: string }) {
  const assignment = await findOwnAssignment(assignmentId);
  if (assignment.lessonId !== settings.lessonId) {
    if (assignment._count.attempts > 0) throw new AppError("CONFLICT", "Students have already started this assignment, so its lesson cannot change.");
    await requireLesson(settings.lessonId);
  }
  const revealChanged = assignment.revealPolicy !== settings.revealPolicy || assignment.dueAt.getTime() !== settings.dueAt.getTime();
  await db.$transaction(async (tx) => {
    await tx.assignment.update({ where: { id: assignmentId }, data: settings });
    if (revealChanged) await rescheduleReviewReveal(tx, assignmentId, settings);
  });
  return { classId: assignment.classId };
}

/** Review items held (or released) by this assignment's attempts follow its new reveal rule: two statements. */
async function rescheduleReviewReveal(tx: Tx, assignmentId: string, rules: RevealRules) {
  const attempts = await tx.attempt.findMany({ where: { assignmentId, submittedAt: { not: null }, reviewItems: { some: {} } }, select: { id: true, submittedAt: true } });
  if (attempts.length === 0) return;
  const revealAt = attempts.map((a) => revealsFrom(rules, a.submittedAt!)?.toISOString() ?? null);
  await tx.$executeRaw`
    UPDATE "ReviewItem" AS ri SET "revealAt" = v.reveal::timestamptz
    FROM unnest(${attempts.map((a) => a.id)}::text[], ${revealAt}::text[]) AS v(id, reveal)
    WHERE ri."attemptId" = v.id`;
}

/** Unassigning hides the assignment from students; submitted work is kept for the record. */
export async function removeAssignment({ assignmentId }: { assignmentId: string }) {
  const assignment = await findOwnAssignment(assignmentId);
  await db.assignment.update({ where: { id: assignmentId }, data: { removedAt: new Date() } });
  return { classId: assignment.classId };
}

export async function findOwnAssignment(assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null },
    select: { id: true, classId: true, lessonId: true, opensAt: true, dueAt: true, latePolicy: true, attemptsAllowed: true, revealPolicy: true, timeLimitMinutes: true, readingOnly: true, shuffleOptions: true, shuffleQuestions: true, annotationsRequired: true, annotationSkill: true, _count: { select: { attempts: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  await requireTeacherOf(assignment.classId); // 404 for another teacher's assignment, as for a missing one
  return assignment;
}
