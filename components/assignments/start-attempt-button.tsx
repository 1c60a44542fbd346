"use client";

import { useActionState } from "react";
import { markReadAction, startAttemptAction } from "@/server/actions/student-assignments";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action] = useActionState(startAttemptAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton pendingLabel="Opening the quiz…">{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function MarkReadButton({ assignmentId, paragraphs }: { assignmentId: string; paragraphs: number }) {
  const [state, action] = useActionState(markReadAction, idle);
  if (state.status === "ok") return <p role="status" className="font-medium">Marked as read. Well done.</p>;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="paragraphs" value={paragraphs} />
      <SubmitButton pendingLabel="Saving…">I have read it</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
