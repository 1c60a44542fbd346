import "server-only";
import { accommodatedRules, timeLimitNote } from "@/lib/accommodations";
import { loadAccommodation } from "@/server/accommodations/load-accommodation";
import { canStartAttempt } from "@/lib/assignment-rules";
import { paragraphsOf } from "@/lib/content/parse-source";
import { requireStudent } from "@/server/authz";
import { getUnit } from "@/server/content/catalog";
import { readLesson, readSource } from "@/server/content/stored-documents";
import { db } from "@/server/db";
import { findStudentAssignment } from "@/server/assignments/find-student-assignment";
import { organiserView } from "@/server/organisers/organiser-view";
import { annotationsForStudent } from "@/server/annotations/annotation-view";

/**
 * One assignment as its student sees it: the lesson and its excerpts, the rules, their attempts and
 * reading. The page submits the student's expired attempts first (expire-attempts.ts).
 */
export async function getStudentAssignment(assignmentId: string) {
  const student = await requireStudent();
  const assignment = await findStudentAssignment(assignmentId, student.id);
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: assignment.lessonId }, select: { id: true, contentHash: true, document: true } });
  const meta = readLesson(lesson);
  const [sources, attempts, reading, accommodation, organiser, unit, annotations] = await Promise.all([
    db.source.findMany({ where: { id: { in: meta.excerpts.map((e) => e.source) } }, select: { id: true, contentHash: true, document: true } }),
    db.attempt.findMany({ where: { assignmentId, studentId: student.id }, orderBy: { number: "asc" }, select: { id: true, number: true, submittedAt: true, score: true, maxScore: true, late: true, awaitingGrading: true } }),
    db.readingProgress.findUnique({ where: { assignmentId_studentId: { assignmentId, studentId: student.id } } }),
    loadAccommodation({ assignmentId, studentId: student.id }),
    organiserView(assignmentId, assignment.lessonId, student.id),
    getUnit(),
    annotationsForStudent(assignmentId, student.id),
  ]);
  const byId = new Map(sources.map((s) => [s.id, readSource(s)]));
  const excerpts = meta.excerpts.map((e) => {
    const source = byId.get(e.source)!;
    const wanted = new Set(e.paragraphs);
    const headNote = unit.unit.headNotes.find((note) => note.source === e.source) ?? null;
    return { source: source.meta, paragraphs: paragraphsOf(source).filter((p) => wanted.has(p.id)), questions: e.questions ?? [], headNote };
  });
  const open = attempts.find((a) => !a.submittedAt) ?? null;
  const start = canStartAttempt(accommodatedRules(assignment, accommodation), attempts.length, new Date());
  // The student's own due date and time (accommodations), in the words the page shows.
  const own = { dueAt: accommodation.dueAt ?? assignment.dueAt, timeNote: accommodation.extraTime ? timeLimitNote(assignment.timeLimitMinutes, accommodation.extraTime) : null };
  return { assignment, lesson: meta, excerpts, attempts, openAttempt: open, canStart: start, reading, own, organiser, studentId: student.id, annotations };
}
