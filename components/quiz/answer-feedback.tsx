"use client";

import type { AnswerFeedback as Feedback } from "@/lib/quiz/attempt-view";

type Verdict = { label: string; icon: string; tone: string };

function verdictOf(feedback: Feedback): Verdict {
  if (feedback.score === null)
    return { label: "Sent to your teacher", icon: "✎", tone: "border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40" };
  if (feedback.correct) return { label: "Correct", icon: "✓", tone: "border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950/40" };
  if (feedback.score > 0) return { label: "Partly correct", icon: "◐", tone: "border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40" };
  return { label: "Not correct", icon: "✗", tone: "border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/40" };
}

const points = (n: number) => `${n} ${n === 1 ? "point" : "points"}`;

/** Feedback for a checked answer: the verdict in words (not colour alone), the explanation, links to the evidence. */
export function AnswerFeedback({ feedback, headingRef }: { feedback: Feedback; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const verdict = verdictOf(feedback);
  return (
    <section aria-label="Feedback" className={`mt-5 rounded-lg border-l-4 p-4 ${verdict.tone}`}>
      <h3 ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden="true" className="text-xl leading-none">
          {verdict.icon}
        </span>
        {verdict.label}
        {feedback.score !== null && (
          <span className="ml-auto text-sm font-normal tabular-nums">
            {feedback.score} of {points(feedback.maxPoints)}
          </span>
        )}
      </h3>
      {feedback.score === null && <p className="mt-1 text-sm">Your teacher will grade this answer (out of {points(feedback.maxPoints)}).</p>}
      {feedback.explanation && <p className="mt-2 text-base leading-relaxed">{feedback.explanation}</p>}
      {feedback.evidence.length > 0 && (
        <div className="mt-3">
          <p className="text-sm font-semibold">See the evidence in the document:</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {feedback.evidence.map((link) => (
              <li key={link.href}>
                <a href={link.href} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center text-base font-medium text-accent-strong underline underline-offset-4 dark:text-accent">
                  {link.label}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
