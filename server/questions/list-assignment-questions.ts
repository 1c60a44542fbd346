import "server-only";
import type { Question } from "@/lib/content/schemas";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadAuthoringDocuments } from "@/server/questions/authoring-documents";

export type AuthoredQuestionRow = { questionId: string; version: number; definition: Question };

/**
 * The page where a teacher adds their own questions to an assignment: the ones already on it (after the
 * lesson's, numbered on from them), those on it that are retired (given to no new attempt), the rest of their
 * bank, and the documents to pick evidence in.
 */
export async function listAssignmentQuestions(assignmentId: string): Promise<{
  assignment: { id: string; classId: string; className: string; lessonTitle: string; lessonQuestions: number };
  questions: AuthoredQuestionRow[];
  retired: AuthoredQuestionRow[];
  bank: AuthoredQuestionRow[];
  documents: SourceForEvidence[];
}> {
  const teacher = await requireTeacher();
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null, class: { teacherId: teacher.id } },
    select: {
      id: true,
      classId: true,
      class: { select: { name: true } },
      lesson: { select: { title: true, _count: { select: { questions: { where: { retiredAt: null } } } } } },
      extraQuestions: { orderBy: [{ position: "asc" }, { addedAt: "asc" }], select: { questionId: true } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  const [mine, { documents }] = await Promise.all([
    db.question.findMany({
      where: { authorId: teacher.id },
      orderBy: { id: "asc" },
      select: { id: true, retiredAt: true, currentVersion: true, versions: { select: { id: true, version: true }, orderBy: { version: "desc" }, take: 1 } },
    }),
    loadAuthoringDocuments(),
  ]);
  const versions = await getQuestionVersions(mine.map((q) => q.versions[0]!.id));
  const row = (q: (typeof mine)[number]) => ({ questionId: q.id, version: q.versions[0]!.version, definition: versions.get(q.versions[0]!.id)!.definition });
  const rows = new Map(mine.filter((q) => !q.retiredAt).map((q) => [q.id, row(q)]));
  const retiredRows = new Map(mine.filter((q) => q.retiredAt).map((q) => [q.id, row(q)]));
  const onIt = assignment.extraQuestions.map((l) => l.questionId);
  return {
    assignment: { id: assignment.id, classId: assignment.classId, className: assignment.class.name, lessonTitle: assignment.lesson.title, lessonQuestions: assignment.lesson._count.questions },
    questions: onIt.flatMap((id) => rows.get(id) ?? []),
    retired: onIt.flatMap((id) => retiredRows.get(id) ?? []),
    bank: [...rows.values()].filter((r) => !onIt.includes(r.questionId)),
    documents,
  };
}
