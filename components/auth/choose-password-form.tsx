"use client";

import { useActionState } from "react";
import { chooseOwnPasswordAction } from "@/server/actions/accounts";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function ChoosePasswordForm({ next }: { next?: string }) {
  const [state, action] = useActionState(chooseOwnPasswordAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <Field label="Your new password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters. Not the temporary one." errors={errors?.newPassword} />
      <Field label="The same password again" name="confirm" type="password" autoComplete="new-password" required errors={errors?.confirm} />
      {next && <input type="hidden" name="next" value={next} />}
      <SubmitButton pendingLabel="Saving…">Use this password</SubmitButton>
    </form>
  );
}
