"use client";

import { useActionState } from "react";
import { inviteTeacherAction } from "@/server/actions/accounts";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

/** An existing teacher invites a colleague: the one-time link is shown once, to pass on. */
export function InviteTeacherForm({ origin }: { origin: string }) {
  const [state, action] = useActionState(inviteTeacherAction, idle);
  const link = state.status === "ok" ? `${origin}${state.data.path}` : null;
  return (
    <form action={action} className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Colleague's email" name="email" type="email" autoComplete="off" required className="min-w-64 flex-1" errors={state.status === "error" ? state.fieldErrors?.email : undefined} />
        <SubmitButton variant="secondary" pendingLabel="Making a link…">Make invitation link</SubmitButton>
      </div>
      {state.status === "error" && <FormMessage state={state} />}
      {link && state.status === "ok" && (
        <div role="status" className="space-y-2 text-sm">
          <p>
            Invitation for {state.data.email}, valid once until {new Date(state.data.expiresAt).toLocaleDateString()} — shown only now:
          </p>
          <p className="break-all font-mono" data-testid="invitation-link">{link}</p>
          <CopyButton text={link} label="Copy invitation link" />
        </div>
      )}
    </form>
  );
}
