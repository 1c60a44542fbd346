import type { RegradePlan } from "@/lib/grading/regrade-plan";

const pts = (n: number | null) => (n === null ? "—" : String(n));
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "±0");
const round = (n: number) => Math.round(n * 100) / 100;

/** The dry run: each attempt whose score changes, before → after, and how many stay as they are. */
export function RegradeDryRun({ plan }: { plan: RegradePlan }) {
  const n = plan.changes.length;
  return (
    <div className="space-y-3">
      <p data-testid="dry-run-summary">
        {n === 0 ? "No score changes." : `${n} ${n === 1 ? "attempt's score changes" : "attempts' scores change"}.`} {plan.unchanged} {plan.unchanged === 1 ? "stays" : "stay"} as {plan.unchanged === 1 ? "it is" : "they are"}. Nothing has been written yet.
      </p>
      {n > 0 && (
        <table className="w-full text-sm" data-cards-on-phone>
          <caption className="sr-only">Attempts whose score changes</caption>
          <thead>
            <tr className="border-b border-neutral-300 text-left dark:border-neutral-700">
              <th scope="col" className="p-2">Student</th>
              <th scope="col" className="p-2 text-right">This question</th>
              <th scope="col" className="p-2 text-right">Score</th>
              <th scope="col" className="p-2 text-right">Change</th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.map((c) => (
              <tr key={c.attemptId} className="border-b border-neutral-200 dark:border-neutral-800" data-testid="dry-run-row">
                <td className="p-2" data-label="Student">{c.studentName}{c.attemptNumber > 1 && `, attempt ${c.attemptNumber}`}</td>
                <td className="p-2 text-right tabular-nums" data-label="This question">{pts(c.answer.oldScore)}/{c.answer.oldMax} → {c.answer.newScore}/{c.answer.newMax}</td>
                <td className="p-2 text-right tabular-nums" data-label="Score">{c.attempt.oldScore}/{c.attempt.oldMax} → {c.attempt.newScore}/{c.attempt.newMax}</td>
                <td className="p-2 text-right tabular-nums" data-label="Change">{signed(round(c.attempt.newScore - c.attempt.oldScore))} {Math.abs(round(c.attempt.newScore - c.attempt.oldScore)) === 1 ? "point" : "points"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
