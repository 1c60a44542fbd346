import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { requireTeacher } from "@/server/authz";
import { hashOf } from "@/server/content/import-content";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { checkTeacherQuestion, versionData } from "@/server/questions/check-question";

/**
 * The author edits their question. A change adds a version, exactly as a content import does: attempts
 * already started keep the version they pinned (their results never change); attempts started later get
 * the new one. Saving without a change adds nothing.
 */
export async function updateTeacherQuestion({ questionId, question: candidate }: { questionId: string; question: unknown }) {
  const teacher = await requireTeacher();
  const current = await db.question.findFirst({
    where: { id: questionId, authorId: teacher.id },
    select: { versions: { select: { version: true, contentHash: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  if (!current) throw new AppError("NOT_FOUND", "Question not found.");
  const question = await checkTeacherQuestion(candidate);
  const contentHash = hashOf(question);
  const latest = current.versions[0]!;
  if (latest.contentHash === contentHash) return { version: latest.version, changed: false };

  const next = latest.version + 1;
  try {
    await db.$transaction([
      db.questionVersion.create({ data: { questionId, version: next, ...versionData(question, contentHash) } }),
      db.question.update({ where: { id: questionId }, data: { currentVersion: next } }),
    ]);
  } catch (error) {
    // Saved from another tab a moment ago: that version number is taken.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "This question was saved elsewhere a moment ago. Reload to see it.");
    throw error;
  }
  return { version: next, changed: true };
}
