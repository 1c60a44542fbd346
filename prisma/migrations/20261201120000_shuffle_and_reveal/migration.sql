-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "shuffleOptions" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "shuffleQuestions" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "layout" JSONB;

-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "attemptId" TEXT,
ADD COLUMN     "revealAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ReviewItem_attemptId_idx" ON "ReviewItem"("attemptId");

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Review items queued before this change were offered whatever the reveal policy. Each is now governed by the
-- submitted attempt containing its question that reveals soonest, with the rule of lib/reveal-policy.ts:
-- at submission, at the due date ("after the due date"), or never. Items with no such attempt stay as they were.
UPDATE "ReviewItem" ri
SET "attemptId" = src.id, "revealAt" = src."revealAt"
FROM (
  SELECT DISTINCT ON (r."studentId", r."questionId") r."studentId", r."questionId", at.id,
         CASE a."revealPolicy" WHEN 'NEVER' THEN NULL WHEN 'AFTER_DUE' THEN GREATEST(at."submittedAt", a."dueAt") ELSE at."submittedAt" END AS "revealAt"
  FROM "ReviewItem" r
  JOIN "Attempt" at ON at."studentId" = r."studentId" AND at."submittedAt" IS NOT NULL AND (at."questionVersionIds" ->> r."questionId") IS NOT NULL
  JOIN "Assignment" a ON a.id = at."assignmentId"
  ORDER BY r."studentId", r."questionId", 4 ASC NULLS LAST
) AS src
WHERE ri."studentId" = src."studentId" AND ri."questionId" = src."questionId";

UPDATE "ReviewItem" SET "revealAt" = "dueAt" WHERE "attemptId" IS NULL;
