"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { addQuestionToAssignmentAction } from "@/server/actions/questions";
import { inputClass } from "./form-parts";

type Props = {
  /** What is fixed by the page: the assignment (pick one of your questions) or the question (pick an assignment). */
  fixed: { name: "assignmentId" | "questionId"; value: string };
  options: { value: string; label: string }[];
  selectId: string;
  label: React.ReactNode;
  submitLabel: React.ReactNode;
  /** Said instead of the form when there is nothing left to add to (the last add's message stays with it). */
  whenNone?: string;
};

/** Puts one of the teacher's questions on one of their assignments: from the assignment's page or from the question's. */
export function AddQuestionForm({ fixed, options, selectId, label, submitLabel, whenNone }: Props) {
  const [state, action] = useActionState(addQuestionToAssignmentAction, idle);
  const shown = state.status === "ok" ? { ...state, message: String(state.data) } : state;
  if (options.length === 0) {
    return (
      <div className="max-w-3xl space-y-2">
        {whenNone && <p className="text-sm text-neutral-700 dark:text-neutral-300">{whenNone}</p>}
        <FormMessage state={shown} />
      </div>
    );
  }
  return (
    <form action={action} className="max-w-3xl space-y-2">
      <input type="hidden" name={fixed.name} value={fixed.value} />
      <label htmlFor={selectId} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-center">
        <select id={selectId} name={fixed.name === "assignmentId" ? "questionId" : "assignmentId"} className={`${inputClass} sm:mt-0 sm:flex-1`}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <SubmitButton variant="secondary" pendingLabel="Adding…">
          {submitLabel}
        </SubmitButton>
      </div>
      <FormMessage state={shown} />
    </form>
  );
}
