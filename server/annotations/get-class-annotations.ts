import "server-only";
import { inTextOrder } from "@/lib/annotations/marks";
import { countBySentence } from "@/lib/annotations/runs";
import { requirementOf, requirementProgress } from "@/lib/annotations/requirement";
import { requireTeacher } from "@/server/authz";
import { loadLessonExcerpts } from "@/server/content/lesson-excerpts";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { annotationSelect, toAnnotationView } from "./annotation-view";

/**
 * The class view of one assignment's annotations, for its teacher: the counts per sentence and skill over the
 * text (each student once per sentence and skill), each student's highlights with their notes and the replies,
 * who met the assignment's requirement, and the teacher's own model highlights. Four queries, whatever the class size.
 */
export async function getClassAnnotations(assignmentId: string) {
  const teacher = await requireTeacher();
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null, class: { teacherId: teacher.id } },
    select: { id: true, classId: true, lessonId: true, annotationsRequired: true, annotationSkill: true, class: { select: { name: true } }, lesson: { select: { title: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  const [excerpts, enrollments, rows] = await Promise.all([
    loadLessonExcerpts(assignment.lessonId),
    db.enrollment.findMany({ where: { classId: assignment.classId }, orderBy: { student: { name: "asc" } }, select: { student: { select: { id: true, name: true } } } }),
    db.annotation.findMany({ where: { assignmentId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { ...annotationSelect, authorId: true } }),
  ]);
  const enrolled = new Set(enrollments.map((e) => e.student.id));
  const studentRows = rows.filter((r) => !r.model && enrolled.has(r.authorId));
  const requirement = requirementOf(assignment);
  const counts = countBySentence(studentRows.map((r) => ({ authorId: r.authorId, sentenceIds: r.sentenceIds.map((id) => `${r.sourceId}#${id}`), skill: r.skill })));
  const students = enrollments.map(({ student }) => {
    const annotations = inTextOrder(studentRows.filter((r) => r.authorId === student.id).map(toAnnotationView));
    return { ...student, annotations, progress: requirement ? requirementProgress(requirement, annotations) : null };
  });
  return {
    assignment,
    excerpts,
    requirement,
    /** "sourceId#p3.s1" → skill → students. */
    counts: Object.fromEntries([...counts].map(([key, bySkill]) => [key, Object.fromEntries(bySkill)])) as Record<string, Record<string, number>>,
    students,
    model: inTextOrder(rows.filter((r) => r.model && r.authorId === teacher.id).map(toAnnotationView)),
    teacherId: teacher.id,
  };
}
