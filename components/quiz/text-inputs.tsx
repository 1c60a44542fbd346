"use client";

import { useId } from "react";
import { charCount, clampText, OPEN_RESPONSE_MAX, readText, SHORT_ANSWER_MAX } from "@/lib/quiz/answers";
import { fieldClass, legendClass, quietText } from "./styles";
import type { InputProps } from "./types";

export function ShortAnswerInput({ question, response, disabled, onChange }: InputProps<"short-answer">) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={`block ${legendClass}`}>
        {question.prompt}
      </label>
      <input
        id={id}
        type="text"
        value={readText(response)}
        disabled={disabled}
        maxLength={SHORT_ANSWER_MAX}
        autoComplete="off"
        spellCheck
        onChange={(e) => onChange({ text: clampText(e.currentTarget.value, SHORT_ANSWER_MAX) }, "typing")}
        className={`${fieldClass} min-h-12 text-lg`}
      />
    </div>
  );
}

/** Open response: a roomy textarea, a character count (read on demand, not on every key) and how it is graded. */
export function OpenResponseInput({ question, response, disabled, onChange }: InputProps<"open-response">) {
  const id = useId();
  const text = readText(response);
  const count = charCount(text);
  return (
    <div>
      <label htmlFor={id} className={`block ${legendClass}`}>
        {question.prompt}
      </label>
      {/* The rubric stays with the teacher: its top level describes the answer. */}
      <p id={`${id}-rubric`} className="mb-3 rounded-lg border border-neutral-300 bg-neutral-50 p-3 text-sm dark:border-neutral-700 dark:bg-neutral-900/60">
        Your teacher grades this answer, up to {question.points} {question.points === 1 ? "point" : "points"}: answer the question and support what you say by quoting or citing the document.
      </p>
      <textarea
        id={id}
        value={text}
        disabled={disabled}
        rows={8}
        maxLength={OPEN_RESPONSE_MAX}
        spellCheck
        aria-describedby={`${id}-count ${id}-rubric`}
        onChange={(e) => onChange({ text: clampText(e.currentTarget.value, OPEN_RESPONSE_MAX) }, "typing")}
        className={`${fieldClass} min-h-48 resize-y text-base leading-relaxed`}
      />
      <p id={`${id}-count`} className={`mt-1 text-right tabular-nums ${quietText}`}>
        {count.toLocaleString("en")} / {OPEN_RESPONSE_MAX.toLocaleString("en")} characters
      </p>
    </div>
  );
}
