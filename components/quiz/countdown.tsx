"use client";

import { describeRemaining, formatRemaining, timeWarning } from "@/lib/quiz/countdown";
import { ClockIcon } from "./icons";

/**
 * The time left, shown every second but announced only when a threshold is crossed (5 minutes,
 * 1 minute, time up): the announcement text is derived from the time, so it changes three times.
 */
export function Countdown({ remainingMs }: { remainingMs: number | null }) {
  const low = remainingMs !== null && remainingMs <= 5 * 60_000;
  // Time up is said by the player's alert; this region only carries the two warnings before it.
  const warning = remainingMs === null || remainingMs <= 0 ? "" : timeWarning(remainingMs);
  return (
    <div className="flex h-7 items-center">
      <p className={`flex items-center gap-1.5 text-sm font-medium ${low ? "text-red-800 dark:text-red-300" : ""}`}>
        <ClockIcon />
        Time left:
        <span className="inline-block min-w-[3.5rem] font-semibold tabular-nums" aria-hidden="true">
          {remainingMs === null ? "–:––" : formatRemaining(remainingMs)}
        </span>
        <span className="sr-only">{remainingMs === null ? "" : describeRemaining(remainingMs)}</span>
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {warning}
      </p>
    </div>
  );
}
