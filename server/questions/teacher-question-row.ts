import "server-only";
import type { Question } from "@/lib/content/schemas";

/** One of a teacher's own questions as their pages list it: current version, answers, retirement and where it is used. */
export type TeacherQuestionRow = {
  questionId: string;
  version: number;
  definition: Question;
  answers: number;
  retiredAt: Date | null;
  usedIn: { assignmentId: string; classId: string; className: string; lessonTitle: string }[];
};

/** What a TeacherQuestionRow is read from (Prisma `select` on Question). */
export const teacherQuestionSelect = {
  id: true,
  retiredAt: true,
  versions: { select: { id: true, version: true, createdAt: true }, orderBy: { version: "desc" }, take: 1 },
  _count: { select: { answers: true } },
  assignmentLinks: {
    where: { assignment: { removedAt: null } },
    orderBy: { addedAt: "asc" },
    select: { assignment: { select: { id: true, classId: true, class: { select: { name: true } }, lesson: { select: { title: true } } } } },
  },
} as const;

type Selected = {
  id: string;
  retiredAt: Date | null;
  versions: { version: number }[];
  _count: { answers: number };
  assignmentLinks: { assignment: { id: string; classId: string; class: { name: string }; lesson: { title: string } } }[];
};

export const toTeacherQuestionRow = (q: Selected, definition: Question): TeacherQuestionRow => ({
  questionId: q.id,
  version: q.versions[0]!.version,
  definition,
  answers: q._count.answers,
  retiredAt: q.retiredAt,
  usedIn: q.assignmentLinks.map(({ assignment: a }) => ({ assignmentId: a.id, classId: a.classId, className: a.class.name, lessonTitle: a.lesson.title })),
});
