import "server-only";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * One of the teacher's own questions leaves one of their assignments: students who start it from now on do not
 * get it; attempts already started keep the questions they began with (their versions are pinned on the attempt),
 * and the question stays in the teacher's questions. Removing it again changes nothing.
 */
export async function removeQuestionFromAssignment({ assignmentId, questionId }: { assignmentId: string; questionId: string }) {
  const teacher = await requireTeacher();
  const [assignment, question] = await Promise.all([
    db.assignment.findFirst({ where: { id: assignmentId, removedAt: null, class: { teacherId: teacher.id } }, select: { id: true, classId: true } }),
    db.question.findFirst({ where: { id: questionId, authorId: teacher.id }, select: { id: true } }),
  ]);
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  const { count } = await db.assignmentQuestion.deleteMany({ where: { assignmentId, questionId } });
  return { classId: assignment.classId, removed: count > 0 };
}
