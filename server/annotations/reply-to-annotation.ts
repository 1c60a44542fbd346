import "server-only";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * The class's teacher answers a student's note (the student sees it under their highlight). One conditional
 * UPDATE: the annotation must be a student's, on an assignment of a class the caller teaches; anything else is
 * 404. An empty reply removes it.
 */
export async function replyToAnnotation(input: { annotationId: string; reply: string }) {
  const teacher = await requireTeacher();
  const reply = input.reply.trim();
  const { count } = await db.annotation.updateMany({
    where: { id: input.annotationId, model: false, deletedAt: null, assignment: { class: { teacherId: teacher.id } } },
    data: reply ? { reply, repliedAt: new Date() } : { reply: null, repliedAt: null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Annotation not found.");
  const annotation = await db.annotation.findUniqueOrThrow({ where: { id: input.annotationId }, select: { assignment: { select: { id: true, classId: true } }, authorId: true } });
  return { classId: annotation.assignment.classId, assignmentId: annotation.assignment.id, studentId: annotation.authorId };
}
