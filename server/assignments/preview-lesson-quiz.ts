import "server-only";
import { randomInt } from "node:crypto";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { drawLayout, SEED_RANGE } from "@/lib/quiz/layout";
import { requireTeacher } from "@/server/authz";
import { arrangedQuestions } from "@/server/attempts/arranged-questions";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { loadLessonExcerpts } from "@/server/content/lesson-excerpts";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * The quiz exactly as a student would get it now, for a teacher's preview — which may well be projected in
 * front of the class, so it carries what a student's attempt carries and nothing more: no key, no
 * explanations, options in one student's shuffled order. No attempt is created or stored.
 */
export async function previewLessonQuiz(lessonId: string): Promise<AttemptView> {
  await requireTeacher();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, retiredAt: null },
    select: { id: true, title: true, questions: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, versions: { select: { id: true }, orderBy: { version: "desc" }, take: 1 } } } },
  });
  if (!lesson) throw new AppError("NOT_FOUND", "Lesson not found.");
  const pinned = Object.fromEntries(lesson.questions.map((q) => [q.id, q.versions[0]!.id]));
  const versions = await getQuestionVersions(Object.values(pinned));
  const definitions = Object.entries(pinned).map(([questionId, versionId]) => ({ questionId, definition: versions.get(versionId)!.definition }));
  const layout = drawLayout(definitions, randomInt(SEED_RANGE.min, SEED_RANGE.max), { shuffleOptions: true, shuffleQuestions: false });
  const questions = await arrangedQuestions(pinned, layout);

  const [sources, excerpts] = await Promise.all([loadEvidenceSources(questions.map((q) => q.definition)), loadLessonExcerpts(lesson.id)]);
  return { attemptId: "preview", assignmentId: "preview", lessonTitle: lesson.title, attemptNumber: 1, expiresAt: null, checkEachAnswer: false, questions: questions.map((q) => q.public), answers: {}, checked: {}, sources, excerpts, resultsUrl: "#" };
}
