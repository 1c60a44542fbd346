-- CreateEnum
CREATE TYPE "ExtraTime" AS ENUM ('TIME_AND_A_HALF', 'DOUBLE', 'NO_LIMIT');

-- CreateTable
CREATE TABLE "StudentAccommodation" (
    "classId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "extraTime" "ExtraTime",
    "reducedChoices" BOOLEAN NOT NULL DEFAULT false,
    "adaptedFirst" BOOLEAN NOT NULL DEFAULT false,
    "readAloud" BOOLEAN NOT NULL DEFAULT false,
    "sentenceFrames" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudentAccommodation_pkey" PRIMARY KEY ("classId","studentId")
);

-- CreateTable
CREATE TABLE "AssignmentAccommodation" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "extraTime" "ExtraTime",
    "dueAt" TIMESTAMP(3),
    "reducedChoices" BOOLEAN NOT NULL DEFAULT false,
    "adaptedFirst" BOOLEAN NOT NULL DEFAULT false,
    "readAloud" BOOLEAN NOT NULL DEFAULT false,
    "sentenceFrames" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssignmentAccommodation_pkey" PRIMARY KEY ("assignmentId","studentId")
);

-- CreateIndex
CREATE INDEX "StudentAccommodation_studentId_idx" ON "StudentAccommodation"("studentId");

-- CreateIndex
CREATE INDEX "AssignmentAccommodation_studentId_idx" ON "AssignmentAccommodation"("studentId");

-- AddForeignKey
ALTER TABLE "StudentAccommodation" ADD CONSTRAINT "StudentAccommodation_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentAccommodation" ADD CONSTRAINT "StudentAccommodation_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAccommodation" ADD CONSTRAINT "AssignmentAccommodation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAccommodation" ADD CONSTRAINT "AssignmentAccommodation_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

