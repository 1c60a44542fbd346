import "server-only";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";

/** A stamp that changes whenever work in the class changes: live pages poll it and re-render on change. */
export async function classActivityStamp(classId: string): Promise<string> {
  await requireTeacherOf(classId);
  const [row] = await db.$queryRaw<{ stamp: string | null }[]>`
    SELECT concat_ws(':', count(*), max(greatest(at."startedAt", at."submittedAt")), sum(coalesce(at.score, 0)), max(r."updatedAt")) AS stamp
    FROM "Assignment" a
    LEFT JOIN "Attempt" at ON at."assignmentId" = a.id
    LEFT JOIN LATERAL (SELECT max("updatedAt") AS "updatedAt" FROM "ReadingProgress" WHERE "assignmentId" = a.id) r ON true
    WHERE a."classId" = ${classId}`;
  return row?.stamp ?? "";
}
