"use client";

import { useActionState } from "react";
import { login } from "@/server/actions/accounts";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(login, idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <Field label="Email or username" name="identifier" autoComplete="username" required autoCapitalize="none" spellCheck={false} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      {next && <input type="hidden" name="next" value={next} />}
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
