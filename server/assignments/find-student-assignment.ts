import "server-only";
import { cache } from "react";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * The student's assignment, if it is in one of their (unarchived) classes and still assigned; else 404. Once per
 * request (React's cache): the page's title and the page itself ask the same question.
 */
export const findStudentAssignment = cache(async (assignmentId: string, studentId: string) => {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null, class: { archivedAt: null, enrollments: { some: { studentId } } } },
    include: { lesson: { select: { id: true, title: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  return assignment;
});
