import "server-only";
import { randomInt } from "node:crypto";
import type { AttemptView, SourceForEvidence } from "@/lib/quiz/attempt-view";
import { arrangeOptions, drawLayout, SEED_RANGE } from "@/lib/quiz/layout";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { requireTeacher } from "@/server/authz";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadAuthoringDocuments } from "@/server/questions/authoring-documents";
import { teacherQuestionSelect, toTeacherQuestionRow, type TeacherQuestionRow } from "./teacher-question-row";

/**
 * One of the teacher's own questions, for editing: its current version, where it is used, how many answers
 * its versions have, the documents, and a preview exactly as a student gets it (no key; options in one
 * student's order). Another teacher's question is "not found".
 */
export async function getTeacherQuestion(questionId: string): Promise<TeacherQuestionRow & { documents: SourceForEvidence[]; preview: AttemptView }> {
  const teacher = await requireTeacher();
  const question = await db.question.findFirst({
    where: { id: questionId, authorId: teacher.id },
    select: teacherQuestionSelect,
  });
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  const latest = question.versions[0]!;
  const definition = (await getQuestionVersions([latest.id])).get(latest.id)!.definition;
  const [sources, { documents }] = await Promise.all([loadEvidenceSources([definition]), loadAuthoringDocuments()]);
  const layout = drawLayout([{ questionId, definition }], randomInt(SEED_RANGE.min, SEED_RANGE.max), { shuffleOptions: true, shuffleQuestions: false });
  const preview: AttemptView = {
    attemptId: "preview",
    assignmentId: "preview",
    lessonTitle: "Your question",
    attemptNumber: 1,
    expiresAt: null,
    checkEachAnswer: false,
    questions: [toPublicQuestion(arrangeOptions(definition, layout.options[questionId]), { questionId, versionId: latest.id, number: 1 })],
    answers: {},
    checked: {},
    sources,
    excerpts: [],
    resultsUrl: "#",
  };
  return {
    ...toTeacherQuestionRow(question, definition),
    documents,
    preview,
  };
}
