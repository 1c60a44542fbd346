"use client";

import { useActionState } from "react";
import { removeAssignmentAction } from "@/server/actions/assignments";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function RemoveAssignmentButton({ assignmentId }: { assignmentId: string }) {
  const [state, action] = useActionState(removeAssignmentAction, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm("Unassign this lesson? Students will no longer see it; work already submitted is kept.")) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton variant="danger" pendingLabel="Unassigning…">Unassign</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
