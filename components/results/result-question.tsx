import Link from "next/link";
import type { ReactNode } from "react";
import { AnswerView } from "@/components/grading/answer-view";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { paragraphLinks } from "@/lib/results/paragraph-links";
import { VERDICT_TEXT, type Verdict } from "@/lib/results/verdict";
import type { ReadableAnswer } from "@/lib/answer-text";

/** What a results card needs; the page maps the server's ResultItem onto it. */
export type ResultQuestionProps = {
  number: number;
  prompt: string;
  maxPoints: number;
  answered: boolean;
  adjustmentNote?: string;
  marks?: {
    score: number | null;
    verdict: Verdict;
    yourAnswer: ReadableAnswer;
    correctAnswer: ReadableAnswer | null;
    explanation: string;
    evidence: { href: string; label: string }[];
    teacherComment: string | null;
  };
  excerpts: readonly ReadingExcerpt[];
  /** A type with a view of its own (the argument: its parts, citations and rubric) shows it instead of "your answer / correct answer". */
  ownView?: ReactNode;
};

const TONE: Record<Verdict, string> = {
  correct: "border-green-700 dark:border-green-400",
  partly: "border-amber-700 dark:border-amber-400",
  wrong: "border-red-700 dark:border-red-400",
  unanswered: "border-red-700 dark:border-red-400",
  pending: "border-sky-700 dark:border-sky-400",
  dropped: "border-neutral-500",
};

/** The explanation, with each ¶ it names linked to that paragraph in the reader. */
function Explanation({ text, excerpts }: { text: string; excerpts: readonly ReadingExcerpt[] }) {
  return (
    <p>
      {paragraphLinks(text, excerpts).map((part, i) =>
        part.href ? (
          // The name starts with the visible "¶3" (WCAG 2.5.3) and leaves the paragraph's text as it reads.
          <a key={i} href={part.href} target="_blank" rel="noopener" aria-label={`${part.text} (${part.label}, opens in a new tab)`} className="font-medium text-accent-strong underline underline-offset-2 dark:text-accent">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * One question of the results: how it went in words and a symbol (the colour only repeats it), the student's
 * answer beside the correct one, the explanation with its ¶ links, the evidence and the teacher's comment —
 * each only when the reveal policy shows it (marks absent = the total only).
 */
export function ResultQuestion({ number, prompt, maxPoints, answered, adjustmentNote, marks, excerpts, ownView }: ResultQuestionProps) {
  const verdict = marks ? VERDICT_TEXT[marks.verdict] : null;
  // The key is shown beside the answer unless they read the same (then it would only repeat it).
  const key = marks?.correctAnswer && JSON.stringify(marks.correctAnswer) !== JSON.stringify(marks.yourAnswer) ? marks.correctAnswer : null;
  return (
    <li className={`rounded-lg border border-neutral-300 p-4 dark:border-neutral-700 ${marks ? `border-l-4 ${TONE[marks.verdict]}` : ""}`}>
      <h2 className="font-semibold">Question {number}</h2>
      <p className="mt-1">{prompt}</p>
      <p className="mt-2 flex items-center gap-2 text-sm font-medium">
        {verdict && (
          <span aria-hidden="true" className="text-lg leading-none">
            {verdict.symbol}
          </span>
        )}
        <span data-testid={`result-${number}`}>{marks && verdict ? `${verdict.label} · ${marks.verdict === "pending" ? "—" : (marks.score ?? 0)} / ${maxPoints} points` : answered ? "Answered" : "Not answered"}</span>
      </p>
      {adjustmentNote && (
        <p className="mt-2 rounded-md border border-dashed border-neutral-500 px-3 py-2 text-sm" data-testid={`regrade-note-${number}`}>
          <span className="font-semibold">Regraded:</span> {adjustmentNote}
        </p>
      )}
      {ownView}
      {marks && (
        <>
          {!ownView && (
          <div className={`mt-3 grid gap-3 ${key ? "sm:grid-cols-2" : ""}`}>
            <div data-testid={`your-answer-${number}`}>
              <h3 className="text-sm font-semibold">Your answer</h3>
              <div className="mt-1">
                <AnswerView answer={marks.yourAnswer} />
              </div>
            </div>
            {key && (
              <div data-testid={`correct-answer-${number}`}>
                <h3 className="text-sm font-semibold">Correct answer</h3>
                <div className="mt-1">
                  <AnswerView answer={key} />
                </div>
              </div>
            )}
          </div>
          )}
          <div className="mt-3 space-y-2 border-l-4 border-[var(--color-accent)] pl-3">
            <Explanation text={marks.explanation} excerpts={excerpts} />
            {marks.evidence.length > 0 && (
              <p className="text-sm">
                Evidence:{" "}
                {marks.evidence.map((e, i) => (
                  <span key={e.href}>
                    {i > 0 && "; "}
                    <Link href={e.href} className="underline">{e.label}</Link>
                  </span>
                ))}
              </p>
            )}
          </div>
          {marks.teacherComment && (
            <p className="mt-3 rounded-md bg-neutral-100 p-3 text-sm dark:bg-neutral-800">
              <span className="font-semibold">Teacher&apos;s comment:</span> {marks.teacherComment}
            </p>
          )}
        </>
      )}
    </li>
  );
}
