"use client";

import Link from "next/link";
import { useActionState } from "react";
import { applyRegradeAction } from "@/server/actions/grading";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdjustmentKind } from "@/lib/enums";
import { idle } from "@/lib/form-state";

type Applied = Awaited<ReturnType<typeof applyRegradeAction>>;

/** Applies the regrade the teacher has just previewed (the same choice, sent again: the server recomputes it). */
export function ApplyRegradeForm({ assignmentId, questionId, kind, keyChoices, changes, label, backHref }: { assignmentId: string; questionId: string; kind: AdjustmentKind; keyChoices: string[]; changes: number; label: string; backHref: string }) {
  const [state, action] = useActionState(applyRegradeAction, idle as Applied);
  if (state.status === "ok") {
    const n = state.data.changed;
    return (
      <div className="space-y-2">
        <FormMessage state={{ status: "ok", data: null, message: `Applied. ${n} ${n === 1 ? "score" : "scores"} changed; students see the new score with a note on their results.` }} />
        <Link href={backHref} className="underline underline-offset-2">Back to the item analysis</Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="kind" value={kind} />
      {keyChoices.map((k) => (
        <input key={k} type="hidden" name="key" value={k} />
      ))}
      <SubmitButton pendingLabel="Applying…">
        {label}: {changes === 0 ? "record it for later attempts" : `change ${changes} ${changes === 1 ? "score" : "scores"}`}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
