"use client";

import type { AnswerState } from "@/lib/quiz/answers";
import { FlagIcon } from "./icons";

export type NavigatorItem = { number: number; questionId: string; state: AnswerState; flagged: boolean };

const STATE_TEXT: Record<AnswerState, string> = { answered: "answered", partial: "partly answered", unanswered: "not answered" };

/**
 * "Jump to any question": one button per question. Each state is in the button's text (a mark you can
 * see and words a screen reader says), never colour alone; the current question has aria-current.
 */
export function QuestionNavigator({ items, current, onJump }: { items: NavigatorItem[]; current: number; onJump: (index: number) => void }) {
  return (
    <nav aria-labelledby="quiz-navigator-heading">
      <h2 id="quiz-navigator-heading" className="text-base font-semibold">
        Questions
      </h2>
      <ol className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(3rem,1fr))] gap-2">
        {items.map((item, index) => {
          const isCurrent = index === current;
          return (
            <li key={item.questionId}>
              <button
                type="button"
                onClick={() => onJump(index)}
                aria-label={`Question ${item.number}, ${STATE_TEXT[item.state]}${item.flagged ? ", flagged for review" : ""}`}
                aria-current={isCurrent ? "step" : undefined}
                className={[
                  "relative flex h-12 w-full flex-col items-center justify-center rounded-lg border text-base font-semibold tabular-nums leading-none",
                  item.state === "answered"
                    ? "border-neutral-500 bg-neutral-200 text-neutral-900 dark:border-neutral-400 dark:bg-neutral-700 dark:text-neutral-50"
                    : item.state === "partial"
                      ? "border-dashed border-neutral-500 bg-white text-neutral-900 dark:border-neutral-400 dark:bg-neutral-900 dark:text-neutral-50"
                      : "border-neutral-300 bg-white text-neutral-800 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-200",
                  isCurrent ? "ring-2 ring-accent ring-offset-2 ring-offset-paper" : "",
                ].join(" ")}
              >
                <span>{item.number}</span>
                <span aria-hidden="true" className="mt-0.5 flex h-3 items-center gap-0.5 text-[0.7rem] font-normal">
                  {item.state === "answered" ? "✓" : item.state === "partial" ? "◐" : ""}
                  {item.flagged ? <FlagIcon filled className="size-3 text-accent-strong dark:text-accent" /> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p aria-hidden="true" className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-neutral-700 dark:text-neutral-300">
        <span>✓ answered</span>
        <span>◐ partly answered</span>
        <span className="inline-flex items-center gap-1">
          <FlagIcon filled className="size-3.5" /> flagged
        </span>
      </p>
    </nav>
  );
}
