"use client";

import { useActionState } from "react";
import { deleteStudentAction, removeStudentAction, resetPasswordAction } from "@/server/actions/classes";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

/** Per-student actions. A reset password is shown once, here, and never stored in plain text. */
export function RosterActions({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const [resetState, reset] = useActionState(resetPasswordAction, idle);
  const [removeState, remove] = useActionState(removeStudentAction, idle);
  const [deleteState, erase] = useActionState(deleteStudentAction, idle);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form
        action={reset}
        onSubmit={(e) => {
          if (!confirm(`Reset ${studentName}'s password? Their current password stops working and they are signed out everywhere.`)) e.preventDefault();
        }}
      >
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <SubmitButton variant="secondary" pendingLabel="Resetting…" aria-label={`Reset password for ${studentName}`}>Reset password</SubmitButton>
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (!confirm(`Remove ${studentName} from this class? Their account and past work are kept.`)) e.preventDefault();
        }}
      >
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <SubmitButton variant="secondary" pendingLabel="Removing…" aria-label={`Remove ${studentName} from the class`}>Remove</SubmitButton>
      </form>
      <form
        action={erase}
        onSubmit={(e) => {
          if (!confirm(`Delete ${studentName}'s account and ALL their work? This cannot be undone.`)) e.preventDefault();
        }}
      >
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <SubmitButton variant="danger" pendingLabel="Deleting…" aria-label={`Delete account: ${studentName}, with all their work`}>Delete account</SubmitButton>
      </form>
      {resetState.status === "ok" && (
        <p role="status" className="w-full text-sm">
          Temporary password for {studentName}: <strong className="font-mono text-base">{resetState.data}</strong> — shown only once. It lets them in once, to choose their own password, and stops working if they do not use it soon.
        </p>
      )}
      {resetState.status === "error" && <FormMessage state={resetState} />}
      <FormMessage state={removeState.status === "ok" ? { ...removeState, message: String(removeState.data) } : removeState} />
      <FormMessage state={deleteState.status === "ok" ? { ...deleteState, message: String(deleteState.data) } : deleteState} />
    </div>
  );
}
