import "server-only";
import { sentenceIndex } from "@/lib/answer-text";
import { answerKey } from "@/lib/content/answer-key";
import { standardsOf } from "@/lib/content/standards";
import { requireUser } from "@/server/authz";
import { getLesson, getSources, getUnit } from "@/server/content/catalog";
import { AppError } from "@/server/errors";

/**
 * A lesson's teacher guide: objectives (the lesson's), timing, the answer key with its reasoning (each
 * question's key and explanation, plus the guide's notes), misconceptions, the discussion plan and the
 * standards. It holds every key, so anyone but a teacher is told it does not exist (404), not that it is
 * forbidden. Read from the content files, like the public pages, so it always matches the current quiz.
 */
export async function getLessonGuide(slug: string) {
  const user = await requireUser();
  if (user.role !== "TEACHER") throw new AppError("NOT_FOUND", "Page not found.");
  const [lesson, { guides, organisers }, sources] = await Promise.all([getLesson(slug), getUnit(), getSources()]);
  const guide = guides[slug];
  if (!lesson || !guide) throw new AppError("NOT_FOUND", "This lesson has no teacher guide.");
  const sentences = sentenceIndex(sources.map((s) => ({ id: s.meta.id, document: s })));
  return {
    lesson: { id: lesson.id, position: lesson.position, title: lesson.title, centralQuestion: lesson.centralQuestion, objectives: lesson.objectives, estimatedMinutes: lesson.estimatedMinutes },
    guide,
    organiser: organisers[slug] ?? null,
    standards: standardsOf(guide.standards),
    key: lesson.questions.map((question, i) => ({
      number: i + 1,
      id: question.id,
      type: question.type,
      skill: question.skill,
      prompt: question.prompt,
      points: question.points,
      key: answerKey(question, sentences),
      rubric: question.type === "open-response" ? question.rubric : [],
      explanation: question.explanation,
      note: guide.keyNotes[question.id] ?? null,
    })),
  };
}
