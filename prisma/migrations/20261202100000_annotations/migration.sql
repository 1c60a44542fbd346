-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "annotationSkill" TEXT,
ADD COLUMN     "annotationsRequired" INTEGER;

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "model" BOOLEAN NOT NULL DEFAULT false,
    "sourceId" TEXT NOT NULL,
    "sentenceIds" TEXT[],
    "skill" TEXT NOT NULL,
    "note" TEXT,
    "clientSeq" BIGINT NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3),
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Annotation_assignmentId_authorId_idx" ON "Annotation"("assignmentId", "authorId");

-- CreateIndex
CREATE INDEX "Annotation_authorId_idx" ON "Annotation"("authorId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

