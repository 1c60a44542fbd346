"use client";

import { useId } from "react";
import { readPairs } from "@/lib/quiz/answers";
import { fieldClass, legendClass } from "./styles";
import type { InputProps } from "./types";

/**
 * Matching as one native <select> per left item. Every right option stays in every select: a question
 * may match several left items to the same right item ("Both telegrams"), so nothing is "used up".
 */
export function MatchingInput({ question, response, disabled, onChange }: InputProps<"matching">) {
  const baseId = useId();
  const pairs = readPairs(response);
  function choose(leftId: string, rightId: string) {
    const next: Record<string, string> = {};
    for (const left of question.left) {
      const value = left.id === leftId ? rightId : pairs[left.id];
      if (value) next[left.id] = value;
    }
    onChange({ pairs: next }, "now");
  }
  return (
    <fieldset disabled={disabled}>
      <legend className={legendClass}>{question.prompt}</legend>
      <ul className="grid gap-3">
        {question.left.map((left, index) => {
          const id = `${baseId}-${index}`;
          return (
            <li key={left.id} className="grid gap-2 rounded-lg border border-neutral-300 bg-white p-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:items-center sm:gap-4 dark:border-neutral-700 dark:bg-neutral-900">
              <label htmlFor={id} className="text-base font-medium leading-snug">
                {left.text}
              </label>
              <select id={id} value={pairs[left.id] ?? ""} onChange={(e) => choose(left.id, e.currentTarget.value)} className={`${fieldClass} min-h-11`}>
                <option value="">Choose…</option>
                {question.right.map((right) => (
                  <option key={right.id} value={right.id}>
                    {right.text}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
