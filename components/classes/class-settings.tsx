"use client";

import { useActionState } from "react";
import { archiveClassAction, regenerateJoinCodeAction, renameClassAction } from "@/server/actions/classes";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

type Props = { classId: string; name: string; archived: boolean };

export function ClassSettings({ classId, name, archived }: Props) {
  const [renameState, rename] = useActionState(renameClassAction, idle);
  const [codeState, regenerate] = useActionState(regenerateJoinCodeAction, idle);
  const [archiveState, archive] = useActionState(archiveClassAction, idle);
  return (
    <div className="space-y-6">
      <form action={rename} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="classId" value={classId} />
        <Field label="Class name" name="name" defaultValue={name} required maxLength={100} className="min-w-64 flex-1" />
        <SubmitButton variant="secondary" pendingLabel="Saving…">Rename</SubmitButton>
        <div className="w-full"><FormMessage state={withMessage(renameState)} /></div>
      </form>
      <form action={regenerate} className="space-y-2">
        <input type="hidden" name="classId" value={classId} />
        <SubmitButton variant="secondary" pendingLabel="Generating…">Generate a new join code</SubmitButton>
        <FormMessage state={withMessage(codeState)} />
      </form>
      <form action={archive} className="space-y-2">
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <SubmitButton variant="secondary" pendingLabel="Saving…">{archived ? "Restore class" : "Archive class"}</SubmitButton>
        <FormMessage state={withMessage(archiveState)} />
      </form>
    </div>
  );
}

// These actions return their confirmation as data.
function withMessage<T>(state: import("@/lib/form-state").FormState<T>) {
  return state.status === "ok" ? { ...state, message: String(state.data) } : state;
}
