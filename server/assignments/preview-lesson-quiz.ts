import "server-only";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import type { Source } from "@/lib/content/schemas";
import { requireTeacher } from "@/server/authz";
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

  const sourceIds = [...new Set(questions.flatMap((q) => (q.type === "evidence" ? [q.source] : [])))];
  const rows = sourceIds.length ? await db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, document: true } }) : [];
  const sources: AttemptView["sources"] = {};
  for (const row of rows) {
    const doc = row.document as unknown as Source;
    const paragraphs = doc.blocks.filter((b): b is Extract<Source["blocks"][number], { kind: "paragraph" }> => b.kind === "paragraph");
    const wanted = new Set(questions.flatMap((q) => (q.type === "evidence" && q.source === row.id ? (q.within ?? paragraphs.map((p) => p.id)) : [])));
    sources[row.id] = { id: row.id, title: doc.meta.title, paragraphs: paragraphs.filter((p) => wanted.has(p.id)).map(({ id, number, sentences }) => ({ id, number, sentences })) };
  }
  return { attemptId: "preview", assignmentId: "preview", lessonTitle: lesson.title, attemptNumber: 1, expiresAt: null, checkEachAnswer: false, questions, answers: {}, checked: {}, sources, resultsUrl: "#" };
}
