import "server-only";
import { gradeSchema } from "@/lib/grade-schema";
import { requireTeacher } from "@/server/authz";
import { AppError } from "@/server/errors";
import { recordGrade, type GradeResult } from "@/server/grading/record-grade";

export type { GradeResult } from "@/server/grading/record-grade";

/** A teacher grades (or regrades) one open response of a submitted attempt in their class (server/grading/record-grade.ts). */
export async function gradeAnswer(input: { attemptId: string; questionId: string; score: number; comment: string }): Promise<GradeResult> {
  const teacher = await requireTeacher();
  // Shape first, before taking any lock; the maximum is checked once the answer is found.
  const early = gradeSchema(Number.MAX_VALUE).safeParse(input);
  if (!early.success) throw new AppError("BAD_REQUEST", early.error.issues[0]!.message);

  return recordGrade(teacher.id, input, (answer) => {
    if (answer.type !== "open-response") throw new AppError("BAD_REQUEST", "Only open responses are graded by hand.");
    const parsed = gradeSchema(answer.maxPoints).safeParse(input);
    if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]!.message);
    return { score: Math.round(parsed.data.score * 100) / 100, comment: parsed.data.comment };
  });
}
