import "server-only";
import type { Organiser } from "@/lib/content/organiser";
import { getUnit } from "@/server/content/catalog";
import { db } from "@/server/db";

export type OrganiserView = {
  lessonId: string;
  organiser: Organiser;
  /** cellId → the saved text and the change counter it was saved with (the save queue's seq). */
  cells: Record<string, { text: string; seq: number }>;
};

/**
 * One student's organiser for one assignment, for a caller that has already checked who may see it (the
 * student's own assignment page, the teacher's drill-down). null when the lesson has none.
 */
export async function organiserView(assignmentId: string, lessonId: string, studentId: string): Promise<OrganiserView | null> {
  const organiser = (await getUnit()).organisers[lessonId];
  if (!organiser) return null;
  const rows = await db.organiserCell.findMany({ where: { assignmentId, studentId }, select: { cellId: true, text: true, clientSeq: true } });
  return { lessonId, organiser, cells: Object.fromEntries(rows.map((r) => [r.cellId, { text: r.text, seq: Number(r.clientSeq) }])) };
}
