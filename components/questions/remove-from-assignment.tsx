"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { removeQuestionFromAssignmentAction } from "@/server/actions/questions";

/** Takes one of the teacher's questions off this assignment, after a confirmation; it stays in their questions. */
export function RemoveFromAssignment({ assignmentId, questionId, prompt }: { assignmentId: string; questionId: string; prompt: string }) {
  const [state, action] = useActionState(removeQuestionFromAssignmentAction, idle);
  const shown = state.status === "ok" ? { ...state, message: String(state.data) } : state;
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm("Remove this question from the assignment? Students who start from now on will not get it; attempts already started keep it.")) e.preventDefault();
      }}
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="questionId" value={questionId} />
      <SubmitButton variant="danger" pendingLabel="Removing…">
        Remove from this assignment<span className="sr-only">: {prompt}</span>
      </SubmitButton>
      <FormMessage state={shown} />
    </form>
  );
}
