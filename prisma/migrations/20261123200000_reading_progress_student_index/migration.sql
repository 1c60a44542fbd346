-- CreateIndex
CREATE INDEX "ReadingProgress_studentId_idx" ON "ReadingProgress"("studentId");
