import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** The student's assignment, if it is in one of their (unarchived) classes and still assigned; else 404. */
export async function findStudentAssignment(assignmentId: string, studentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null, class: { archivedAt: null, enrollments: { some: { studentId } } } },
    include: { lesson: { select: { id: true, title: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  return assignment;
}
