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

/** Open response: a roomy textarea, a character count (read on demand, not on every key) and the rubric. */
export function OpenResponseInput({ question, response, disabled, onChange }: InputProps<"open-response">) {
  const id = useId();
  const text = readText(response);
  const count = charCount(text);
  return (
    <div>
      <label htmlFor={id} className={`block ${legendClass}`}>
        {question.prompt}
      </label>
      <div className="mb-3 rounded-lg border border-neutral-300 bg-neutral-50 p-3 dark:border-neutral-700 dark:bg-neutral-900/60">
        <h3 id={`${id}-rubric`} className="text-sm font-semibold">
          How your teacher will grade this
        </h3>
        <ul className="mt-1 grid gap-1 text-sm">
          {question.rubric.map((level, index) => (
            <li key={index} className="flex gap-2">
              <span className="w-16 shrink-0 font-medium tabular-nums">
                {level.points} {level.points === 1 ? "point" : "points"}
              </span>
              <span>{level.description}</span>
            </li>
          ))}
        </ul>
      </div>
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
