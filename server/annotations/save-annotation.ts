import "server-only";
import type { AnnotationChange } from "@/lib/annotations/change";
import { isRun } from "@/lib/annotations/runs";
import { paragraphsOf } from "@/lib/content/parse-source";
import { requireSessionClaims } from "@/server/authz";
import { getSource } from "@/server/content/catalog";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type SaveAnnotationInput = AnnotationChange & { assignmentId: string };

/**
 * Saves one change to an annotation in ONE statement, like autosave (server/attempts/save-answer.ts). The run
 * is checked against the source file (cached, no query); then an upsert whose SELECT yields a row only when
 * the caller's session is current and the assignment is open to them — a student of its class writes their
 * own annotation, the class's teacher a model one — and the run lies in one of the lesson's excerpts. On
 * conflict it updates only the author's own annotation, and only with a change counter at least as new, so a
 * late retry never overwrites a newer change and nobody can touch another's annotation (that looks missing).
 */
export async function saveAnnotation(input: SaveAnnotationInput): Promise<{ savedAt: Date }> {
  const claims = await requireSessionClaims();
  const source = await getSource(input.sourceId);
  const order = source ? paragraphsOf(source).flatMap((p) => p.sentences.map((s) => s.id)) : [];
  if (!isRun(order, input.sentenceIds)) throw new AppError("BAD_REQUEST", "Highlight consecutive sentences of one document.");
  const paragraphs = [...new Set(input.sentenceIds.map((id) => id.split(".")[0]!))];
  const inExcerpt = JSON.stringify([{ source: input.sourceId, paragraphs }]);
  const note = input.note.trim() === "" ? null : input.note;

  const rows = await db.$queryRaw<{ updatedAt: Date }[]>`
    INSERT INTO "Annotation" ("id", "assignmentId", "authorId", "model", "sourceId", "sentenceIds", "skill", "note", "clientSeq", "deletedAt", "createdAt", "updatedAt")
    SELECT ${input.id}::text, a.id, u.id, u.role = 'TEACHER', ${input.sourceId}::text, ${input.sentenceIds}::text[], ${input.skill}::text, ${note}::text, ${input.seq}::bigint,
           CASE WHEN ${input.deleted}::boolean THEN now() END, now(), now()
    FROM "Assignment" a JOIN "Class" c ON c.id = a."classId" JOIN "Lesson" l ON l.id = a."lessonId"
      JOIN "User" u ON u.id = ${claims.userId} AND u."sessionVersion" = ${claims.sessionVersion}
    WHERE a.id = ${input.assignmentId} AND a."removedAt" IS NULL AND c."archivedAt" IS NULL
      AND l.document -> 'excerpts' @> ${inExcerpt}::jsonb
      AND ((u.role = 'STUDENT' AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = c.id AND e."studentId" = u.id))
        OR (u.role = 'TEACHER' AND c."teacherId" = u.id))
    ON CONFLICT ("id") DO UPDATE
      SET "sentenceIds" = EXCLUDED."sentenceIds", "skill" = EXCLUDED."skill", "note" = EXCLUDED."note", "clientSeq" = EXCLUDED."clientSeq",
          "deletedAt" = EXCLUDED."deletedAt", "updatedAt" = now()
      WHERE "Annotation"."authorId" = EXCLUDED."authorId" AND "Annotation"."assignmentId" = EXCLUDED."assignmentId"
        AND "Annotation"."sourceId" = EXCLUDED."sourceId" AND "Annotation"."clientSeq" <= EXCLUDED."clientSeq"
    RETURNING "updatedAt"`;
  if (rows[0]) return { savedAt: rows[0].updatedAt };
  return explainRefusal(input, claims);
}

/** Only a refused write costs this second query, to say why. */
async function explainRefusal(input: SaveAnnotationInput, claims: { userId: string; sessionVersion: number }): Promise<{ savedAt: Date }> {
  const [user, mine] = await Promise.all([
    db.user.findUnique({ where: { id: claims.userId }, select: { sessionVersion: true } }),
    db.annotation.findFirst({ where: { id: input.id, authorId: claims.userId, assignmentId: input.assignmentId, sourceId: input.sourceId }, select: { clientSeq: true, updatedAt: true } }),
  ]);
  if (!user || user.sessionVersion !== claims.sessionVersion) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again; your highlights on this page are kept.");
  // A newer change is already stored: this older one is superseded, which is not an error.
  if (mine && mine.clientSeq > BigInt(input.seq)) return { savedAt: mine.updatedAt };
  // Someone else's annotation or assignment, a removed one, or a run outside the lesson: all look missing.
  throw new AppError("NOT_FOUND", "Assignment not found.");
}
