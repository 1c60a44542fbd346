import "server-only";
import type { AssignmentSettings } from "@/lib/assignment-rules";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";
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

/** Only the class's teacher can edit; the lesson of an assignment with attempts stays fixed. */
export async function updateAssignment({ assignmentId, ...settings }: AssignmentSettings & { assignmentId: string }) {
  const assignment = await findOwnAssignment(assignmentId);
  if (assignment.lessonId !== settings.lessonId) {
    if (assignment._count.attempts > 0) throw new AppError("CONFLICT", "Students have already started this assignment, so its lesson cannot change.");
    await requireLesson(settings.lessonId);
  }
  await db.assignment.update({ where: { id: assignmentId }, data: settings });
  return { classId: assignment.classId };
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
    select: { id: true, classId: true, lessonId: true, opensAt: true, dueAt: true, latePolicy: true, attemptsAllowed: true, revealPolicy: true, timeLimitMinutes: true, readingOnly: true, _count: { select: { attempts: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  await requireTeacherOf(assignment.classId); // 404 for another teacher's assignment, as for a missing one
  return assignment;
}
