import "server-only";
import { randomInt } from "node:crypto";
import type { Question } from "@/lib/content/schemas";
import type { AttemptView, SourceForEvidence } from "@/lib/quiz/attempt-view";
import { arrangeOptions, drawLayout, SEED_RANGE } from "@/lib/quiz/layout";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { requireTeacher } from "@/server/authz";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadAuthoringDocuments } from "@/server/questions/authoring-documents";

/**
 * One of the teacher's own questions, for editing: its current version, where it is used, how many answers
 * its versions have, the documents, and a preview exactly as a student gets it (no key; options in one
 * student's order). Another teacher's question is "not found".
 */
export async function getTeacherQuestion(questionId: string): Promise<{
  questionId: string;
  version: number;
  definition: Question;
  answers: number;
  retiredAt: Date | null;
  usedIn: { assignmentId: string; classId: string; className: string; lessonTitle: string }[];
  documents: SourceForEvidence[];
  preview: AttemptView;
}> {
  const teacher = await requireTeacher();
  const question = await db.question.findFirst({
    where: { id: questionId, authorId: teacher.id },
    select: {
      id: true,
      retiredAt: true,
      versions: { select: { id: true, version: true }, orderBy: { version: "desc" }, take: 1 },
      _count: { select: { answers: true } },
      assignmentLinks: {
        where: { assignment: { removedAt: null } },
        select: { assignment: { select: { id: true, classId: true, class: { select: { name: true } }, lesson: { select: { title: true } } } } },
      },
    },
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
    questionId,
    version: latest.version,
    definition,
    answers: question._count.answers,
    retiredAt: question.retiredAt,
    usedIn: question.assignmentLinks.map(({ assignment: a }) => ({ assignmentId: a.id, classId: a.classId, className: a.class.name, lessonTitle: a.lesson.title })),
    documents,
    preview,
  };
}
