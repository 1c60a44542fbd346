"use client";

import { useActionState } from "react";
import { changeOwnPassword } from "@/server/actions/accounts";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPassword, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="max-w-sm space-y-4">
      <FormMessage state={state} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={errors?.newPassword} />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" required errors={errors?.confirm} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
