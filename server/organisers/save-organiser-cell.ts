import "server-only";
import { cellIds, ORGANISER_CELL_MAX } from "@/lib/content/organiser";
import { requireStudent } from "@/server/authz";
import { findStudentAssignment } from "@/server/assignments/find-student-assignment";
import { getUnit } from "@/server/content/catalog";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** `lessonId` is the lesson the page's organiser belongs to: a page left open across a change of lesson is refused. */
export type SaveOrganiserCellInput = { assignmentId: string; lessonId: string; cellId: string; text: string; seq: number };

/**
 * Autosave of one cell of the assignment's organiser. Only the student's own assignment (else 404) and only a
 * cell of its lesson's organiser (else 400). An organiser is notes, not a graded attempt, so it stays open after
 * the due date: nothing a student writes is turned away. A retry carrying an older change counter than the
 * stored one changes nothing and is still acknowledged, so the queue stops resending it.
 */
export async function saveOrganiserCell({ assignmentId, lessonId, cellId, text, seq }: SaveOrganiserCellInput): Promise<{ savedAt: Date }> {
  const student = await requireStudent();
  const assignment = await findStudentAssignment(assignmentId, student.id);
  if (assignment.lessonId !== lessonId) throw new AppError("BAD_REQUEST", "This assignment's lesson has changed: reload the page (your text is kept on this device).");
  const organiser = (await getUnit()).organisers[assignment.lessonId];
  if (!organiser) throw new AppError("NOT_FOUND", "This lesson has no organiser.");
  if (!cellIds(organiser).includes(cellId)) throw new AppError("BAD_REQUEST", "That cell is not part of this organiser.");
  if (text.length > ORGANISER_CELL_MAX) throw new AppError("BAD_REQUEST", `A cell holds at most ${ORGANISER_CELL_MAX} characters.`);

  const rows = await db.$queryRaw<{ updatedAt: Date }[]>`
    INSERT INTO "OrganiserCell" ("assignmentId", "studentId", "cellId", "text", "clientSeq", "updatedAt")
    VALUES (${assignmentId}, ${student.id}, ${cellId}, ${text}, ${seq}::bigint, now())
    ON CONFLICT ("assignmentId", "studentId", "cellId") DO UPDATE
      SET "text" = EXCLUDED."text", "clientSeq" = EXCLUDED."clientSeq", "updatedAt" = now()
      WHERE "OrganiserCell"."clientSeq" <= EXCLUDED."clientSeq"
    RETURNING "updatedAt"`;
  return { savedAt: rows[0]?.updatedAt ?? new Date() };
}
