-- The argument task is graded per rubric criterion: the scores are kept beside the answer's total and in each audit row.
-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "rubricScores" JSONB;

-- AlterTable
ALTER TABLE "GradeAudit" ADD COLUMN     "rubricScores" JSONB;
