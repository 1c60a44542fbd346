import "server-only";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { requireTeacher } from "@/server/authz";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** The quiz exactly as a student would get it now, for a teacher's preview: no attempt is created or stored. */
export async function previewLessonQuiz(lessonId: string): Promise<AttemptView> {
  await requireTeacher();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, retiredAt: null },
    select: { id: true, title: true, questions: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, versions: { select: { id: true }, orderBy: { version: "desc" }, take: 1 } } } },
  });
  if (!lesson) throw new AppError("NOT_FOUND", "Lesson not found.");
  const pinned = lesson.questions.map((q) => ({ questionId: q.id, versionId: q.versions[0]!.id }));
  const versions = await getQuestionVersions(pinned.map((p) => p.versionId));
  const questions = pinned.map((p, i) => toPublicQuestion(versions.get(p.versionId)!.definition, { ...p, number: i + 1 }));

  const sources = await loadEvidenceSources(questions);
  return { attemptId: "preview", assignmentId: "preview", lessonTitle: lesson.title, attemptNumber: 1, expiresAt: null, checkEachAnswer: false, questions, answers: {}, checked: {}, sources, resultsUrl: "#" };
}
