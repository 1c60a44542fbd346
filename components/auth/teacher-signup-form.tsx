"use client";

import { useActionState } from "react";
import { signUpAsTeacher } from "@/server/actions/accounts";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

/** With an invitation, the email is the invited one (the server checks it too). */
export function TeacherSignupForm({ invitation }: { invitation?: { token: string; email: string } }) {
  const [state, action] = useActionState(signUpAsTeacher, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <Field label="Your name" name="name" autoComplete="name" required errors={errors?.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors?.email}
        {...(invitation ? { defaultValue: invitation.email, readOnly: true, hint: "The address you were invited with." } : {})}
      />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={errors?.password} />
      {invitation && <input type="hidden" name="invite" value={invitation.token} />}
      <SubmitButton pendingLabel="Creating your account…">Create teacher account</SubmitButton>
    </form>
  );
}
