import "server-only";
import { accommodatedExpiry, type AccommodationSettings } from "@/lib/accommodations";
import { requireTeacherOf } from "@/server/authz";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadAccommodation } from "@/server/accommodations/load-accommodation";

type Target = { classId: string; studentId: string };

/** The student must be in the teacher's class ("not yours" and "not there" are both 404). */
async function requireStudentOfClass({ classId, studentId }: Target) {
  await requireTeacherOf(classId);
  const enrolled = await db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } }, select: { studentId: true } });
  if (!enrolled) throw new AppError("NOT_FOUND", "Student not found in this class.");
}

/** The class-wide accommodations of one student (the roster's), for every assignment without its own. */
export async function setClassAccommodation({ classId, studentId, settings }: Target & { settings: AccommodationSettings }) {
  await requireStudentOfClass({ classId, studentId });
  await db.$transaction(async (tx) => {
    await tx.studentAccommodation.upsert({ where: { classId_studentId: { classId, studentId } }, create: { classId, studentId, ...settings }, update: settings });
    await applyToOpenAttempts(tx, { studentId, assignment: { classId } });
  });
}

/** One assignment's accommodations for one student: replaces the class's for it, and may set a personal due date. */
export async function setAssignmentAccommodation({ classId, studentId, assignmentId, settings, dueAt }: Target & { assignmentId: string; settings: AccommodationSettings; dueAt: Date | null }) {
  await requireStudentOfClass({ classId, studentId });
  await requireAssignmentOfClass(assignmentId, classId);
  await db.$transaction(async (tx) => {
    const data = { ...settings, dueAt };
    await tx.assignmentAccommodation.upsert({ where: { assignmentId_studentId: { assignmentId, studentId } }, create: { assignmentId, studentId, ...data }, update: data });
    await applyToOpenAttempts(tx, { studentId, assignmentId });
  });
}

/** Back to the class's accommodations for this assignment. */
export async function clearAssignmentAccommodation({ classId, studentId, assignmentId }: Target & { assignmentId: string }) {
  await requireStudentOfClass({ classId, studentId });
  await requireAssignmentOfClass(assignmentId, classId);
  await db.$transaction(async (tx) => {
    await tx.assignmentAccommodation.deleteMany({ where: { assignmentId, studentId } });
    await applyToOpenAttempts(tx, { studentId, assignmentId });
  });
}

async function requireAssignmentOfClass(assignmentId: string, classId: string) {
  const found = await db.assignment.findFirst({ where: { id: assignmentId, classId, removedAt: null }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "Assignment not found in this class.");
}

/**
 * A change applies to attempts already open (as Canvas does): their expiresAt, which the autosave statement,
 * submit and expiry all read, is recomputed from when they started. An attempt whose new limit has passed
 * is submitted by the next page that runs expiry.
 */
async function applyToOpenAttempts(tx: Tx, scope: { studentId: string; assignmentId?: string; assignment?: { classId: string } }) {
  const open = await tx.attempt.findMany({
    where: { studentId: scope.studentId, submittedAt: null, ...(scope.assignmentId ? { assignmentId: scope.assignmentId } : { assignment: scope.assignment }) },
    select: { id: true, startedAt: true, assignmentId: true, assignment: { select: { opensAt: true, dueAt: true, latePolicy: true, attemptsAllowed: true, revealPolicy: true, timeLimitMinutes: true } } },
  });
  for (const attempt of open) {
    const accommodation = await loadAccommodation({ assignmentId: attempt.assignmentId, studentId: scope.studentId }, tx);
    await tx.attempt.update({ where: { id: attempt.id }, data: { expiresAt: accommodatedExpiry(attempt.assignment, accommodation, attempt.startedAt) } });
  }
}
