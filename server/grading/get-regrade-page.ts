import "server-only";
import type { AdjustmentKind } from "@/lib/enums";
import type { Question } from "@/lib/content/schemas";
import { describeRun } from "@/lib/annotations/marks";
import { isRekeyable } from "@/lib/grading/adjustment";
import { AppError } from "@/server/errors";
import { choosableSentences, findRegradeTarget, previewRegrade, type RegradePlan } from "@/server/grading/regrade-question";

/**
 * The regrade page's read: the question (with its key, when a teacher can correct it by picking), the
 * adjustment already applied, and — once the teacher has chosen what to do — the dry run. A key that does not
 * fit comes back as a message for the form, not an error page.
 */
export async function getRegradePage(input: { classId: string; assignmentId: string; questionId: string; kind?: AdjustmentKind; key: string[] }) {
  const target = await findRegradeTarget(input.assignmentId, input.questionId);
  if (target.classId !== input.classId) throw new AppError("NOT_FOUND", "Question not found.");
  const options = await keyOptions(target.definition);
  let plan: RegradePlan | null = null;
  let problem: string | null = null;
  if (input.kind) {
    try {
      plan = await previewRegrade({ assignmentId: input.assignmentId, questionId: input.questionId, kind: input.kind, key: input.key });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "BAD_REQUEST") throw error;
      problem = error.message;
    }
  }
  return { target, options, plan, problem };
}

/** What a corrected key is picked from, each marked if the key has it now: the choices, or the sentences. */
async function keyOptions(q: Question) {
  if (!isRekeyable(q)) return null;
  if (q.type === "true-false") return { multiple: false, choices: [{ id: "true", text: "True", key: q.answer }, { id: "false", text: "False", key: !q.answer }] };
  if (q.type === "evidence") {
    const sentences = (await choosableSentences(q)) ?? [];
    return { multiple: true, choices: sentences.map((s) => ({ id: s.id, text: `${describeRun([s.id])}: ${s.text}`, key: q.answer.includes(s.id) })) };
  }
  return { multiple: q.type === "multiple-select", choices: q.choices.map((c) => ({ id: c.id, text: c.text, key: Array.isArray(q.answer) ? q.answer.includes(c.id) : q.answer === c.id })) };
}
