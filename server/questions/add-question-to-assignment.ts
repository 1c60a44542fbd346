import "server-only";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** A question from the teacher's own bank joins one of their assignments (again adding it changes nothing). */
export async function addQuestionToAssignment({ assignmentId, questionId }: { assignmentId: string; questionId: string }) {
  const teacher = await requireTeacher();
  const [assignment, question] = await Promise.all([
    db.assignment.findFirst({ where: { id: assignmentId, removedAt: null, class: { teacherId: teacher.id } }, select: { id: true, classId: true } }),
    db.question.findFirst({ where: { id: questionId, authorId: teacher.id, retiredAt: null }, select: { id: true } }),
  ]);
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  await db.$transaction(async (tx) => {
    const last = await tx.assignmentQuestion.aggregate({ where: { assignmentId }, _max: { position: true } });
    await tx.assignmentQuestion.createMany({ data: [{ assignmentId, questionId, position: (last._max.position ?? -1) + 1 }], skipDuplicates: true });
  });
  return { classId: assignment.classId };
}
