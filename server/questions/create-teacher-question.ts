import "server-only";
import { randomUUID } from "node:crypto";
import { requireTeacher } from "@/server/authz";
import { hashOf } from "@/server/content/import-content";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { checkTeacherQuestion, versionData } from "@/server/questions/check-question";

/** The prefix of a teacher's question id (content questions are "<lesson>/<qNN>"), safe in a URL. */
export const TEACHER_QUESTION_PREFIX = "teacher-";

/**
 * A teacher writes a question for one of their assignments: stored like an imported question (a Question
 * with version 1), owned by its author, and appended to the assignment after the lesson's questions.
 * Attempts started from now on include it; attempts already started keep the questions they pinned.
 */
export async function createTeacherQuestion({ assignmentId, question: candidate }: { assignmentId: string; question: unknown }) {
  const teacher = await requireTeacher();
  const assignment = await db.assignment.findFirst({ where: { id: assignmentId, removedAt: null, class: { teacherId: teacher.id } }, select: { id: true, classId: true } });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  const question = await checkTeacherQuestion(candidate);
  const id = `${TEACHER_QUESTION_PREFIX}${randomUUID()}`;

  await db.$transaction(async (tx) => {
    const last = await tx.assignmentQuestion.aggregate({ where: { assignmentId }, _max: { position: true } });
    await tx.question.create({
      data: {
        id,
        authorId: teacher.id,
        lessonId: null,
        position: 0,
        currentVersion: 1,
        versions: { create: { version: 1, ...versionData(question, hashOf(question)) } },
        assignmentLinks: { create: { assignmentId, position: (last._max.position ?? -1) + 1 } },
      },
    });
  });
  return { questionId: id, classId: assignment.classId };
}
