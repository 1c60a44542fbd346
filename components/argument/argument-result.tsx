import type { ArgumentResult } from "@/lib/argument/views";
import { ArgumentView } from "./argument-view";

/** On the results page: the student's argument, citations linked to the text, and the grade per criterion when shown. */
export function ArgumentResultView({ argument }: { argument: ArgumentResult }) {
  const { work, criteria } = argument;
  return (
    <div className="mt-3 space-y-3">
      {criteria && work.scores && (
        <table className="text-sm" data-testid="criterion-scores">
          <caption className="mb-1 text-left font-semibold">Your grade per criterion</caption>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="py-0.5 pr-4 text-left font-medium">{c.title}</th>
                <td className="tabular-nums">{c.score === null ? "—" : c.score} / {c.maxPoints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details open className="text-sm">
        <summary className="cursor-pointer font-medium">Your argument</summary>
        <div className="mt-2 text-base">
          <ArgumentView argument={work} />
        </div>
      </details>
    </div>
  );
}
