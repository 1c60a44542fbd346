"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { addQuestionToAssignmentAction } from "@/server/actions/questions";
import { inputClass } from "./form-parts";

/** Adds one of the teacher's earlier questions (their bank) to this assignment. */
export function AddFromBank({ assignmentId, bank }: { assignmentId: string; bank: { questionId: string; label: string }[] }) {
  const [state, action] = useActionState(addQuestionToAssignmentAction, idle);
  const shown = state.status === "ok" ? { ...state, message: String(state.data) } : state;
  return (
    <form action={action} className="max-w-3xl space-y-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <label htmlFor="bank-question" className="block text-sm font-medium">
        One of your questions
      </label>
      <select id="bank-question" name="questionId" className={inputClass}>
        {bank.map((q) => (
          <option key={q.questionId} value={q.questionId}>
            {q.label}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add to this assignment
      </SubmitButton>
      <FormMessage state={shown} />
    </form>
  );
}
