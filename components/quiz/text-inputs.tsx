"use client";

import { useId, useState } from "react";
import { charCount, clampText, OPEN_RESPONSE_MAX, readText, SHORT_ANSWER_MAX } from "@/lib/quiz/answers";
import { SENTENCE_FRAMES, withFrame } from "@/lib/quiz/sentence-frames";
import { fieldClass, legendClass, quietText, secondaryButton } from "./styles";
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
export function OpenResponseInput({ question, response, disabled, onChange, framesShown = false }: InputProps<"open-response"> & { framesShown?: boolean }) {
  const id = useId();
  const text = readText(response);
  const [frames, setFrames] = useState(framesShown);
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
      <SentenceFrames shown={frames} onToggle={() => setFrames(!frames)} disabled={disabled} onUse={(frame) => onChange({ text: clampText(withFrame(text, frame), OPEN_RESPONSE_MAX) }, "now")} />
    </div>
  );
}

/** Sentence starters the student can add to their answer and finish in their own words; shown or hidden by the student. */
function SentenceFrames({ shown, onToggle, onUse, disabled }: { shown: boolean; onToggle: () => void; onUse: (frame: string) => void; disabled: boolean }) {
  const id = useId();
  return (
    <div className="mt-3">
      <button type="button" aria-expanded={shown} aria-controls={id} onClick={onToggle} className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`}>
        {shown ? "Hide sentence frames" : "Show sentence frames"}
      </button>
      {shown && (
        <div id={id} className="mt-2 rounded-lg border border-neutral-300 p-3 dark:border-neutral-700">
          <p className={`mb-2 ${quietText}`}>Add a starter to your answer, then finish it in your own words.</p>
          <ul className="grid gap-2">
            {SENTENCE_FRAMES.map((frame) => (
              <li key={frame} className="flex flex-wrap items-center gap-2">
                <button type="button" disabled={disabled} onClick={() => onUse(frame)} aria-label={`Add: ${frame}`} className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`}>
                  Add
                </button>
                <span className="font-serif">{frame}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
