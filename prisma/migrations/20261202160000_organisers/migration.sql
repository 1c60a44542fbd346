-- Graphic organisers: the cells a student fills in for an assignment's lesson, saved one by one.
-- CreateTable
CREATE TABLE "OrganiserCell" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "cellId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "clientSeq" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganiserCell_pkey" PRIMARY KEY ("assignmentId","studentId","cellId")
);

-- CreateIndex
CREATE INDEX "OrganiserCell_studentId_idx" ON "OrganiserCell"("studentId");

-- AddForeignKey
ALTER TABLE "OrganiserCell" ADD CONSTRAINT "OrganiserCell_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganiserCell" ADD CONSTRAINT "OrganiserCell_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
