"use client";

import { useActionState, useId } from "react";
import { replyToAnnotationAction } from "@/server/actions/annotations";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { REPLY_MAX } from "@/lib/annotations/change";
import { fieldClass } from "@/components/quiz/styles";

type State = Awaited<ReturnType<typeof replyToAnnotationAction>>;

/** The teacher's reply to one student's note; the student sees it under their highlight. */
export function ReplyForm({ annotationId, reply, context }: { annotationId: string; reply: string | null; context: string }) {
  const [state, action] = useActionState(replyToAnnotationAction, idle as State);
  const id = useId();
  return (
    <form action={action} className="mt-2 space-y-2">
      <input type="hidden" name="annotationId" value={annotationId} />
      <label htmlFor={id} className="block text-sm font-semibold">
        Reply<span className="sr-only"> to {context}</span>
      </label>
      <textarea id={id} name="reply" rows={2} maxLength={REPLY_MAX} defaultValue={reply ?? ""} className={fieldClass} />
      <SubmitButton variant="secondary" pendingLabel="Sending…">{reply ? "Update reply" : "Send reply"}</SubmitButton>
      <FormMessage state={state.status === "ok" ? { ...state, message: "Reply sent." } : state} />
    </form>
  );
}
