import "server-only";
import { requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { teacherQuestionSelect, toTeacherQuestionRow, type TeacherQuestionRow } from "./teacher-question-row";

export type AssignmentChoice = { assignmentId: string; label: string };


/**
 * Every question the teacher has written, the most recently written or changed first: its current version, how
 * often it has been answered, the assignments it is on, and whether it is retired; and the assignments of their
 * classes in use, to add one to. Four statements with the teacher's own, whatever the number (int test).
 */
export async function listTeacherQuestions(): Promise<{ active: TeacherQuestionRow[]; retired: TeacherQuestionRow[]; assignments: AssignmentChoice[] }> {
  const teacher = await requireTeacher();
  const [questions, assignments] = await Promise.all([
    db.question.findMany({ where: { authorId: teacher.id }, select: teacherQuestionSelect }),
    db.assignment.findMany({
      where: { removedAt: null, class: { teacherId: teacher.id, archivedAt: null } },
      orderBy: [{ class: { name: "asc" } }, { lesson: { position: "asc" } }, { opensAt: "asc" }],
      select: { id: true, class: { select: { name: true } }, lesson: { select: { title: true } } },
    }),
  ]);
  const versions = await getQuestionVersions(questions.map((q) => q.versions[0]!.id));
  const newestFirst = questions.sort((a, b) => b.versions[0]!.createdAt.getTime() - a.versions[0]!.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const rows = newestFirst.map((q) => toTeacherQuestionRow(q, versions.get(q.versions[0]!.id)!.definition));
  return {
    active: rows.filter((r) => !r.retiredAt),
    retired: rows.filter((r) => r.retiredAt),
    assignments: assignments.map((a) => ({ assignmentId: a.id, label: `${a.lesson.title} (${a.class.name})` })),
  };
}
