"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useActionState } from "react";
import { login } from "@/server/actions/accounts";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

/** Where to go after signing in (?next=, set by proxy.ts): read in the browser, so the sign-in page can be prerendered. */
function NextPathField() {
  const next = useSearchParams().get("next");
  return next ? <input type="hidden" name="next" value={next} /> : null;
}

export function LoginForm() {
  const [state, action] = useActionState(login, idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <Field label="Email or username" name="identifier" autoComplete="username" required autoCapitalize="none" spellCheck={false} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Suspense fallback={null}>
        <NextPathField />
      </Suspense>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
