-- CreateEnum
CREATE TYPE "AdjustmentKind" AS ENUM ('FULL_MARKS', 'DROP', 'REKEY');

-- CreateTable
CREATE TABLE "QuestionAdjustment" (
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "kind" "AdjustmentKind" NOT NULL,
    "key" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionAdjustment_pkey" PRIMARY KEY ("assignmentId","questionId")
);

-- AddForeignKey
ALTER TABLE "QuestionAdjustment" ADD CONSTRAINT "QuestionAdjustment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
