import type { ResultSummary } from "@/lib/results/verdict";
import { VERDICT_TEXT } from "@/lib/results/verdict";

/** The strip at the top of the results: the score, then how many went each way, each in words and a symbol. */
export function ResultSummaryStrip({ score, maxScore, percent, summary, provisional }: { score: number; maxScore: number; percent: number; summary: ResultSummary | null; provisional: boolean }) {
  const counts = summary
    ? ([
        ["correct", summary.right, "right"],
        ["partly", summary.partly, "partly right"],
        ["wrong", summary.wrong, "wrong or blank"],
        ["pending", summary.pending, "awaiting grading"],
        ["dropped", summary.dropped, "dropped"],
      ] as const).filter(([kind, n]) => n > 0 || kind === "correct" || kind === "wrong")
    : [];
  return (
    <section aria-label="Summary" className="flex flex-wrap items-center gap-x-6 gap-y-3 rounded-xl border border-neutral-300 bg-[var(--color-card)] p-4 dark:border-neutral-700 dark:bg-neutral-900">
      <p className="text-2xl font-semibold tabular-nums" data-testid="score">
        {score} / {maxScore} points ({percent}%){provisional && <span className="ml-2 text-base font-medium">so far</span>}
      </p>
      {counts.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="result-counts">
          {counts.map(([kind, n, words]) => (
            <li key={kind} className="tabular-nums">
              <span aria-hidden="true" className="mr-1">{VERDICT_TEXT[kind].symbol}</span>
              <span className="font-semibold">{n}</span> {words}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
