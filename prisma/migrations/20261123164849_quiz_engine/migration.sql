-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "clientSeq" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "questionVersionIds" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "Attempt_assignmentId_submittedAt_idx" ON "Attempt"("assignmentId", "submittedAt");
