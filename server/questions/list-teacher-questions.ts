import "server-only";
import type { Question } from "@/lib/content/schemas";
import { requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";

export type AssignmentChoice = { assignmentId: string; label: string };

export type TeacherQuestionRow = {
  questionId: string;
  version: number;
  definition: Question;
  answers: number;
  retiredAt: Date | null;
  usedIn: { assignmentId: string; classId: string; className: string; lessonTitle: string }[];
};

/**
 * Every question the teacher has written, the most recently written or changed first: its current version, how
 * often it has been answered, the assignments it is on, and whether it is retired; and the assignments of their
 * classes in use, to add one to. Four statements with the teacher's own, whatever the number (int test).
 */
export async function listTeacherQuestions(): Promise<{ active: TeacherQuestionRow[]; retired: TeacherQuestionRow[]; assignments: AssignmentChoice[] }> {
  const teacher = await requireTeacher();
  const [questions, assignments] = await Promise.all([
    db.question.findMany({
      where: { authorId: teacher.id },
      select: {
        id: true,
        retiredAt: true,
        versions: { select: { id: true, version: true, createdAt: true }, orderBy: { version: "desc" }, take: 1 },
        _count: { select: { answers: true } },
        assignmentLinks: {
          where: { assignment: { removedAt: null } },
          orderBy: { addedAt: "asc" },
          select: { assignment: { select: { id: true, classId: true, class: { select: { name: true } }, lesson: { select: { title: true } } } } },
        },
      },
    }),
    db.assignment.findMany({
      where: { removedAt: null, class: { teacherId: teacher.id, archivedAt: null } },
      orderBy: [{ class: { name: "asc" } }, { lesson: { position: "asc" } }, { opensAt: "asc" }],
      select: { id: true, class: { select: { name: true } }, lesson: { select: { title: true } } },
    }),
  ]);
  const versions = await getQuestionVersions(questions.map((q) => q.versions[0]!.id));
  const newestFirst = questions.sort((a, b) => b.versions[0]!.createdAt.getTime() - a.versions[0]!.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const rows = newestFirst.map((q) => ({
    questionId: q.id,
    version: q.versions[0]!.version,
    definition: versions.get(q.versions[0]!.id)!.definition,
    answers: q._count.answers,
    retiredAt: q.retiredAt,
    usedIn: q.assignmentLinks.map(({ assignment: a }) => ({ assignmentId: a.id, classId: a.classId, className: a.class.name, lessonTitle: a.lesson.title })),
  }));
  return {
    active: rows.filter((r) => !r.retiredAt),
    retired: rows.filter((r) => r.retiredAt),
    assignments: assignments.map((a) => ({ assignmentId: a.id, label: `${a.lesson.title} (${a.class.name})` })),
  };
}
