import type { FormState } from "@/lib/form-state";
import { GRADE_COMMENT_MAX_CHARS } from "@/lib/grade-limits";

// What the two grade forms (an open response's, an argument's) share: the comment for the student, and the
// message once a grade is saved.

export const pointsText = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

export const GRADE_INPUT = "rounded-md border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100";

type CommentProps = { id: string; context: string; value: string; onChange: (value: string) => void; errors?: string[] };

/** The optional comment, with its length against the limit and the server's error, if any. */
export function GradeComment({ id, context, value, onChange, errors }: CommentProps) {
  return (
    <div>
      <label htmlFor={`${id}-comment`} className="block text-sm font-medium">
        Comment for the student<span className="sr-only"> ({context})</span> <span className="font-normal text-neutral-600 dark:text-neutral-400">(optional)</span>
      </label>
      <textarea
        id={`${id}-comment`}
        name="comment"
        rows={3}
        maxLength={GRADE_COMMENT_MAX_CHARS}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${id}-comment-count${errors ? ` ${id}-comment-error` : ""}`}
        className={`mt-1 block w-full ${GRADE_INPUT}`}
      />
      <p id={`${id}-comment-count`} className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        {[...value].length.toLocaleString("en-GB")} / {GRADE_COMMENT_MAX_CHARS.toLocaleString("en-GB")} characters
      </p>
      {errors && (
        <p id={`${id}-comment-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

type Saved = { score: number; maxPoints: number; attempt: { score: number; maxScore: number; awaitingGrading: boolean } };

/** The form's state with the sentence a teacher reads once the grade is saved. */
export function withSavedMessage<T extends Saved>(state: FormState<T>): FormState<T> {
  if (state.status !== "ok") return state;
  const { score, maxPoints, attempt } = state.data;
  const total = `The attempt now scores ${attempt.score} / ${attempt.maxScore}${attempt.awaitingGrading ? ", with other answers still to grade" : ""}.`;
  return { ...state, message: `Saved: ${score} / ${pointsText(maxPoints)}. ${total}` };
}
