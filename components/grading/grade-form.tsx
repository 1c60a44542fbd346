"use client";

import { useActionState, useId, useState } from "react";
import { gradeAnswerAction } from "@/server/actions/grading";
import { GRADE_INPUT, GradeComment, pointsText, withSavedMessage } from "@/components/grading/grade-comment";
import { useGradingAnnouncer } from "@/components/grading/grading-announcer";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { GRADE_SCORE_STEP } from "@/lib/grade-limits";

type Level = { points: number; description: string };
type Graded = Awaited<ReturnType<typeof gradeAnswerAction>>;

type Props = {
  attemptId: string;
  questionId: string;
  maxPoints: number;
  rubric: Level[];
  /** Read after each label by screen readers, e.g. "Ana García, question 12". */
  context: string;
  initialScore?: number | null;
  initialComment?: string | null;
  /**
   * Compact: the rubric is shown once above several forms, so levels are just their points, described by
   * the ids of those rubric entries. Otherwise each level's description is in its label.
   */
  levelDescriptionIds?: string[];
  submitLabel?: string;
  /** Where focus goes once saved, when the answer then leaves the page (the grading queue). */
  nextFocusId?: string;
};

/** A score (typed, or picked from the rubric's levels) and a comment for the student. */
export function GradeForm({ attemptId, questionId, maxPoints, rubric, context, initialScore = null, initialComment = null, levelDescriptionIds, submitLabel = "Save grade", nextFocusId }: Props) {
  const id = useId();
  const announce = useGradingAnnouncer();
  const [score, setScore] = useState(initialScore === null ? "" : String(initialScore));
  const [comment, setComment] = useState(initialComment ?? "");
  const [state, action] = useActionState(async (previous: Graded, formData: FormData): Promise<Graded> => {
    const result = await gradeAnswerAction(previous, formData);
    // A form that stays on the page says "saved" itself; one whose answer leaves (the queue) hands over.
    if (result.status === "ok" && nextFocusId) announce?.(`Saved: ${context}, ${result.data.score} of ${pointsText(result.data.maxPoints)}.`, nextFocusId);
    return result;
  }, idle as Graded);

  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const levels = [...rubric].sort((a, b) => b.points - a.points);
  const compact = levelDescriptionIds !== undefined;
  const chosen = compact && score !== "" ? levels.find((l) => l.points === Number(score)) : undefined;

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={questionId} />
      <div className={compact ? "flex flex-wrap items-start gap-x-8 gap-y-3" : "space-y-3"}>
        {levels.length > 0 && (
          <fieldset>
            <legend className="text-sm font-medium">
              Rubric level<span className="sr-only"> for {context}</span>
            </legend>
            <div className={compact ? "mt-1 flex flex-wrap gap-2" : "mt-1 space-y-1"}>
              {levels.map((level) => (
                <label key={level.points} className={compact ? PILL : ROW}>
                  <input
                    type="radio"
                    name="level"
                    value={level.points}
                    checked={score !== "" && Number(score) === level.points}
                    onChange={() => setScore(String(level.points))}
                    aria-describedby={levelDescriptionIds?.[rubric.indexOf(level)]}
                    className={compact ? "sr-only" : "mt-1"}
                  />
                  {compact ? (
                    <span>
                      {level.points}
                      <span className="sr-only"> {level.points === 1 ? "point" : "points"}</span>
                    </span>
                  ) : (
                    <span>
                      <strong className="font-semibold">{pointsText(level.points)}</strong> — {level.description}
                    </span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div>
          <label htmlFor={`${id}-score`} className="block text-sm font-medium">
            Score<span className="sr-only"> for {context}</span> (0–{maxPoints})
          </label>
          <input
            id={`${id}-score`}
            name="score"
            type="number"
            inputMode="decimal"
            min={0}
            max={maxPoints}
            step={GRADE_SCORE_STEP}
            required
            value={score}
            onChange={(e) => setScore(e.target.value)}
            aria-invalid={errors.score ? true : undefined}
            aria-describedby={errors.score ? `${id}-score-error` : undefined}
            className={`mt-1 block w-28 ${GRADE_INPUT}`}
          />
          {errors.score && (
            <p id={`${id}-score-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
              {errors.score.join(" ")}
            </p>
          )}
        </div>
      </div>
      {/* The chosen level's words, for sighted graders (screen readers hear them on the radio already). */}
      {chosen && (
        <p aria-hidden="true" className="text-sm text-neutral-700 dark:text-neutral-300">
          <strong className="font-semibold">{pointsText(chosen.points)}:</strong> {chosen.description}
        </p>
      )}
      <GradeComment id={id} context={context} value={comment} onChange={setComment} errors={errors.comment} />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      <FormMessage state={withSavedMessage(state)} />
    </form>
  );
}

/** A rubric level as a button-like pill; the radio inside is visually hidden, so the pill shows its focus. */
const PILL =
  "inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-md border border-neutral-400 px-3 font-medium outline-[var(--color-accent)] outline-offset-2 has-checked:border-[var(--color-accent)] has-checked:bg-[var(--color-accent)] has-checked:text-white has-focus-visible:outline-3 dark:border-neutral-600 dark:has-checked:text-black";
const ROW = "flex cursor-pointer items-start gap-2 rounded-md px-2 py-1 text-sm has-checked:bg-neutral-100 dark:has-checked:bg-neutral-800";
