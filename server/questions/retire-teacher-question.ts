import "server-only";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Retires one of the teacher's own questions, or brings it back. Retired, it is given to no new attempt on any
 * assignment it is on, leaves the bank and the students' review queues; attempts already started or submitted
 * keep it and its scores (their versions are pinned). Restored, it is back on the same assignments. Saying the
 * same twice changes nothing. Another teacher's question is "not found".
 */
export async function setTeacherQuestionRetired({ questionId, retired }: { questionId: string; retired: boolean }) {
  const teacher = await requireTeacher();
  const question = await db.question.findFirst({ where: { id: questionId, authorId: teacher.id }, select: { id: true } });
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  const { count } = await db.question.updateMany({
    where: { id: questionId, authorId: teacher.id, retiredAt: retired ? null : { not: null } },
    data: { retiredAt: retired ? new Date() : null },
  });
  return { changed: count > 0 };
}
