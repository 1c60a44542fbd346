"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { setTeacherQuestionRetiredAction } from "@/server/actions/questions";

const CONFIRM_RETIRE =
  "Retire this question? No new attempt on any assignment will get it, and it leaves your bank. Attempts already started or submitted keep it and their scores. You can restore it later.";

/** Retires one of the teacher's questions (after a confirmation) or restores a retired one. */
export function RetireQuestion({ questionId, prompt, retired }: { questionId: string; prompt: string; retired: boolean }) {
  const [state, action] = useActionState(setTeacherQuestionRetiredAction, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!retired && !confirm(CONFIRM_RETIRE)) e.preventDefault();
      }}
    >
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="retired" value={retired ? "false" : "true"} />
      <SubmitButton variant={retired ? "secondary" : "danger"} pendingLabel={retired ? "Restoring…" : "Retiring…"}>
        {retired ? "Restore" : "Retire"}
        <span className="sr-only">: {prompt}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
