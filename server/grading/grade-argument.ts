import "server-only";
import { gradeCommentSchema } from "@/lib/grade-schema";
import { rubricTotal } from "@/lib/grading";
import { requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { AppError } from "@/server/errors";
import { recordGrade, type GradeResult } from "@/server/grading/record-grade";

export type GradeArgumentInput = { attemptId: string; questionId: string; scores: Record<string, number>; comment: string };

/**
 * A teacher grades (or regrades) one argument of a submitted attempt in their class: a level per rubric
 * criterion, the total their sum, kept with the criterion scores on the answer and in the audit row
 * (server/grading/record-grade.ts).
 */
export async function gradeArgument(input: GradeArgumentInput): Promise<GradeResult & { scores: Record<string, number> }> {
  const teacher = await requireTeacher();
  const comment = gradeCommentSchema.safeParse(input.comment);
  if (!comment.success) throw new AppError("BAD_REQUEST", comment.error.issues[0]!.message);

  let scores: Record<string, number> = {};
  const graded = await recordGrade(teacher.id, input, async (answer) => {
    const definition = (await getQuestionVersions([answer.questionVersionId])).get(answer.questionVersionId)?.definition;
    if (definition?.type !== "argument") throw new AppError("BAD_REQUEST", "Only an argument is graded per rubric criterion.");
    const total = rubricTotal(definition.rubric, input.scores);
    if (!total.ok) throw new AppError("BAD_REQUEST", total.error);
    if (total.total > answer.maxPoints) throw new AppError("BAD_REQUEST", `The rubric adds up to ${total.total}, above the question's ${answer.maxPoints} points.`);
    scores = Object.fromEntries(definition.rubric.map((c) => [c.id, input.scores[c.id]!]));
    const note = comment.data.trim();
    return { score: total.total, comment: note === "" ? null : note, rubricScores: scores };
  });
  return { ...graded, scores };
}
