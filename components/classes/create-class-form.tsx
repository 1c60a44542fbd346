"use client";

import { useActionState } from "react";
import { createClassAction } from "@/server/actions/classes";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <Field label="New class name" name="name" required maxLength={100} placeholder="e.g. Period 3 — World History" className="min-w-64 flex-1" errors={state.status === "error" ? state.fieldErrors?.name : undefined} />
      <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
