-- Reading preferences (text size, line spacing, font, colours) for signed-in users: one row per user who saved any.
-- CreateTable
CREATE TABLE "ReadingPreference" (
    "userId" TEXT NOT NULL,
    "textSize" TEXT NOT NULL,
    "lineSpacing" TEXT NOT NULL,
    "font" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingPreference_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "ReadingPreference" ADD CONSTRAINT "ReadingPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
