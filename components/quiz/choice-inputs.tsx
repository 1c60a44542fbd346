"use client";

import { useId } from "react";
import { readBoolean, readChoice, readChoices } from "@/lib/quiz/answers";
import { legendClass, optionControl, optionRow } from "./styles";
import type { InputProps } from "./types";

/** Single choice: a native radio group, so arrow keys move between options and the group has one tab stop. */
export function SingleChoiceInput({ question, response, disabled, onChange }: InputProps<"single-choice">) {
  const name = useId();
  const chosen = readChoice(response);
  return (
    <fieldset disabled={disabled}>
      <legend className={legendClass}>{question.prompt}</legend>
      <div className="grid gap-2">
        {question.choices.map((choice) => (
          <label key={choice.id} className={optionRow}>
            <input type="radio" name={name} value={choice.id} checked={chosen === choice.id} onChange={() => onChange({ choice: choice.id }, "now")} className={optionControl} />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function TrueFalseInput({ question, response, disabled, onChange }: InputProps<"true-false">) {
  const name = useId();
  const value = readBoolean(response);
  return (
    <fieldset disabled={disabled}>
      <legend className={legendClass}>{question.prompt}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {([true, false] as const).map((option) => (
          <label key={String(option)} className={optionRow}>
            <input type="radio" name={name} value={String(option)} checked={value === option} onChange={() => onChange({ value: option }, "now")} className={optionControl} />
            <span>{option ? "True" : "False"}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MultipleSelectInput({ question, response, disabled, onChange }: InputProps<"multiple-select">) {
  const hintId = useId();
  const chosen = readChoices(response);
  const saysHow = /all that apply/i.test(question.prompt);
  function toggle(id: string, on: boolean) {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    // Keep the question's order, so the saved answer does not depend on click order.
    onChange({ choices: question.choices.map((c) => c.id).filter((c) => next.includes(c)) }, "now");
  }
  return (
    <fieldset disabled={disabled} aria-describedby={saysHow ? undefined : hintId}>
      <legend className={legendClass}>{question.prompt}</legend>
      {!saysHow && (
        <p id={hintId} className="-mt-1 mb-3 text-sm text-neutral-700 dark:text-neutral-300">
          Choose all that apply.
        </p>
      )}
      <div className="grid gap-2">
        {question.choices.map((choice) => (
          <label key={choice.id} className={optionRow}>
            <input type="checkbox" value={choice.id} checked={chosen.includes(choice.id)} onChange={(e) => toggle(choice.id, e.currentTarget.checked)} className={optionControl} />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
