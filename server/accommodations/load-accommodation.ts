import "server-only";
import { effectiveAccommodation, type Accommodation } from "@/lib/accommodations";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

const SETTINGS = { extraTime: true, reducedChoices: true, adaptedFirst: true, readAloud: true, sentenceFrames: true } as const;

/**
 * The accommodations that apply to one student in one assignment (the assignment's row, else the class's).
 * No authorization of its own: callers have already established who the student is (their own attempt, or the
 * class's teacher). One statement.
 */
export async function loadAccommodation({ assignmentId, studentId }: { assignmentId: string; studentId: string }, client: Tx | typeof db = db): Promise<Accommodation> {
  const assignment = await client.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      accommodations: { where: { studentId }, select: { ...SETTINGS, dueAt: true } },
      class: { select: { accommodations: { where: { studentId }, select: SETTINGS } } },
    },
  });
  return effectiveAccommodation(assignment?.class.accommodations[0], assignment?.accommodations[0]);
}
