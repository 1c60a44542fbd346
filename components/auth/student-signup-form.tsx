"use client";

import { useActionState } from "react";
import { signUpWithJoinCode } from "@/server/actions/accounts";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function StudentSignupForm({ code }: { code: string }) {
  const [state, action] = useActionState(signUpWithJoinCode, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="code" value={code} />
      <Field label="Your name" name="name" autoComplete="name" required hint="As your teacher knows you." errors={errors?.name} />
      <Field label="Username" name="username" autoComplete="username" required autoCapitalize="none" spellCheck={false} hint="Letters, digits, dots, dashes or underscores. You sign in with it." errors={errors?.username} />
      <Field label="Email (optional)" name="email" type="email" autoComplete="email" hint="Not needed. Leave it empty if you have none." errors={errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={errors?.password} />
      <SubmitButton pendingLabel="Joining…">Create account and join</SubmitButton>
    </form>
  );
}
