"use client";

import { useActionState } from "react";
import { joinWithCode } from "@/server/actions/accounts";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function JoinButton({ code, className }: { code: string; className: string }) {
  const [state, action] = useActionState(joinWithCode, idle);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="code" value={code} />
      <SubmitButton pendingLabel="Joining…">Join {className}</SubmitButton>
    </form>
  );
}
