"use client";

import { useEffect, useRef } from "react";
import type { QuizSummary } from "@/lib/quiz/answers";
import { primaryButton, secondaryButton } from "./styles";

export type SubmitPhase = { kind: "idle" } | { kind: "saving" } | { kind: "submitting" } | { kind: "failed"; message: string };

type Props = {
  open: boolean;
  summary: QuizSummary;
  phase: SubmitPhase;
  onConfirm: () => void;
  onClose: () => void;
  onJump: (questionId: string) => void;
};

/**
 * The confirmation before submitting: a native modal <dialog> (focus is trapped and Escape closes it,
 * except while the answers are being sent). It lists what is unanswered or flagged, with a way to go to each.
 */
export function SubmitDialog({ open, summary, phase, onConfirm, onClose, onJump }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const busy = phase.kind === "saving" || phase.kind === "submitting";

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      node.showModal();
      // Start at the title: the summary is read first, and on a phone nothing above it is scrolled away.
      title.current?.focus();
    } else if (!open && node.open) node.close();
  }, [open]);

  const unanswered = summary.notAnswered;
  const flagged = summary.flagged;

  return (
    <dialog
      ref={dialog}
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-summary"
      onCancel={(e) => {
        e.preventDefault(); // React state decides; Escape closes unless we are mid-submit
        if (!busy) onClose();
      }}
      onClose={() => open && onClose()}
      className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-xl border border-neutral-300 bg-paper p-0 text-ink shadow-xl backdrop:bg-black/50 dark:border-neutral-700"
    >
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col">
        <div className="min-h-0 flex-1 overflow-y-auto p-5 pb-2 sm:p-6 sm:pb-2">
          <h2 id="submit-dialog-title" ref={title} tabIndex={-1} className="text-xl font-semibold">
            Submit your answers?
          </h2>
          <p id="submit-dialog-summary" className="mt-2 text-base">
            You have answered {summary.answered} of {summary.total} questions.
            {unanswered.length === 0 && flagged.length === 0 ? " Everything is answered." : ""} After you submit, you cannot change your answers.
          </p>

          {unanswered.length > 0 && (
            <JumpList title={`Not answered (${unanswered.length})`} items={unanswered.map((q) => ({ ...q, note: q.state === "partial" ? "partly answered" : "" }))} onJump={onJump} />
          )}
          {flagged.length > 0 && <JumpList title={`Flagged for review (${flagged.length})`} items={flagged.map((q) => ({ ...q, note: "" }))} onJump={onJump} />}

          <div aria-live="polite" className="mt-4 min-h-6 text-base">
            {phase.kind === "saving" && <p>Saving your last answers…</p>}
            {phase.kind === "submitting" && <p>Submitting…</p>}
          </div>
          {phase.kind === "failed" && (
            <p role="alert" className="mt-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-base text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              {phase.message}
            </p>
          )}
        </div>
        {/* The answer buttons stay in view however long the lists above are. */}
        <div className="flex flex-col-reverse gap-3 border-t border-neutral-300 p-4 sm:flex-row sm:justify-end sm:px-6 dark:border-neutral-700">
          <button type="button" onClick={() => !busy && onClose()} aria-disabled={busy || undefined} className={secondaryButton}>
            Keep working
          </button>
          <button type="button" onClick={() => !busy && onConfirm()} aria-disabled={busy || undefined} className={primaryButton}>
            Yes, submit
          </button>
        </div>
      </div>
    </dialog>
  );
}

function JumpList({ title, items, onJump }: { title: string; items: { number: number; questionId: string; note: string }[]; onJump: (questionId: string) => void }) {
  return (
    <section className="mt-4">
      <h3 className="text-base font-semibold">{title}</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.questionId}>
            <button
              type="button"
              onClick={() => onJump(item.questionId)}
              className="inline-flex min-h-11 items-center gap-1 rounded-lg border border-neutral-400 bg-white px-3 text-base font-medium hover:border-neutral-600 hover:bg-neutral-50 dark:border-neutral-600 dark:bg-neutral-900 dark:hover:bg-neutral-800"
            >
              Question {item.number}
              {item.note && <span className="text-sm font-normal text-neutral-700 dark:text-neutral-300">({item.note})</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
