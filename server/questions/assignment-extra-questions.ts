import "server-only";
import { db } from "@/server/db";

/** A teacher's own questions on an assignment, in their order, each at its current version (for starting an attempt). */
export async function assignmentExtraQuestions(assignmentId: string): Promise<{ questionId: string; versionId: string }[]> {
  const links = await db.assignmentQuestion.findMany({
    where: { assignmentId, question: { retiredAt: null } },
    orderBy: [{ position: "asc" }, { addedAt: "asc" }],
    select: { questionId: true, question: { select: { versions: { select: { id: true }, orderBy: { version: "desc" }, take: 1 } } } },
  });
  return links.map((l) => ({ questionId: l.questionId, versionId: l.question.versions[0]!.id }));
}
