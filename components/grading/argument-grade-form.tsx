"use client";

import { useActionState, useId, useState } from "react";
import { gradeArgumentAction } from "@/server/actions/grading";
import { GradeComment, pointsText, withSavedMessage } from "@/components/grading/grade-comment";
import { useGradingAnnouncer } from "@/components/grading/grading-announcer";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

type Criterion = { id: string; title: string; levels: { points: number; description: string; exemplar: string }[] };
type Graded = Awaited<ReturnType<typeof gradeArgumentAction>>;

type Props = {
  attemptId: string;
  questionId: string;
  rubric: Criterion[];
  /** Read after each label by screen readers, e.g. "Ana García, question 1". */
  context: string;
  initialScores?: Record<string, number> | null;
  initialComment?: string | null;
  submitLabel?: string;
  nextFocusId?: string;
};

/**
 * An argument's grade: one level per rubric criterion (each a radio with the level's description; the
 * exemplar one click away), a running total, and a comment. The server adds up the same levels.
 */
export function ArgumentGradeForm({ attemptId, questionId, rubric, context, initialScores = null, initialComment = null, submitLabel = "Save grade", nextFocusId }: Props) {
  const id = useId();
  const announce = useGradingAnnouncer();
  const [scores, setScores] = useState<Record<string, number>>(initialScores ?? {});
  const [comment, setComment] = useState(initialComment ?? "");
  const [state, action] = useActionState(async (previous: Graded, formData: FormData): Promise<Graded> => {
    const result = await gradeArgumentAction(previous, formData);
    if (result.status === "ok" && nextFocusId) announce?.(`Saved: ${context}, ${result.data.score} of ${pointsText(result.data.maxPoints)}.`, nextFocusId);
    return result;
  }, idle as Graded);
  const max = rubric.reduce((sum, c) => sum + Math.max(...c.levels.map((l) => l.points)), 0);
  const graded = rubric.filter((c) => scores[c.id] !== undefined);
  const total = graded.reduce((sum, c) => sum + scores[c.id]!, 0);

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={questionId} />
      {rubric.map((criterion) => (
        <fieldset key={criterion.id} className="rounded-md border border-neutral-300 p-3 dark:border-neutral-700">
          <legend className="px-1 font-semibold">
            {criterion.title}
            <span className="sr-only"> ({context})</span>
          </legend>
          <div className="space-y-1">
            {[...criterion.levels]
              .sort((a, b) => b.points - a.points)
              .map((level) => (
                <div key={level.points} className="rounded-md px-2 py-1 has-checked:bg-neutral-100 dark:has-checked:bg-neutral-800">
                  <label className="flex min-h-11 cursor-pointer items-start gap-2 text-sm">
                    <input
                      type="radio"
                      name={`level:${criterion.id}`}
                      value={level.points}
                      required
                      checked={scores[criterion.id] === level.points}
                      onChange={() => setScores((s) => ({ ...s, [criterion.id]: level.points }))}
                      className="mt-1 size-4"
                    />
                    <span>
                      <strong className="font-semibold">{pointsText(level.points)}</strong> — {level.description}
                    </span>
                  </label>
                  <details className="ml-6 text-sm">
                    <summary className="cursor-pointer text-neutral-700 underline underline-offset-2 dark:text-neutral-300">
                      Exemplar<span className="sr-only"> for {criterion.title}, {pointsText(level.points)}</span>
                    </summary>
                    <p className="mt-1 italic">{level.exemplar}</p>
                  </details>
                </div>
              ))}
          </div>
        </fieldset>
      ))}
      <p className="font-semibold tabular-nums" aria-live="polite" id={`${id}-total`}>
        Total: {total} / {max}
        {graded.length < rubric.length && <span className="font-normal"> ({rubric.length - graded.length} of {rubric.length} criteria still to grade)</span>}
      </p>
      <GradeComment id={id} context={context} value={comment} onChange={setComment} errors={state.status === "error" ? state.fieldErrors?.comment : undefined} />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      <FormMessage state={withSavedMessage(state)} />
    </form>
  );
}
