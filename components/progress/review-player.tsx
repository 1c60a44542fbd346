"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { answerReviewAction } from "@/server/actions/review";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { QuestionInputs, skillLabel } from "@/components/quiz/question-inputs";
import { primaryButton, quietText, secondaryButton } from "@/components/quiz/styles";
import { formatAbsolute } from "@/lib/dates";
import { idle } from "@/lib/form-state";
import type { ReviewAnswerResult, ReviewQueueView } from "@/lib/progress/review";
import { answerState } from "@/lib/quiz/answers";
import { REVIEW_INTERVALS_DAYS } from "@/lib/review-schedule";

const questions = (n: number) => `${n} ${n === 1 ? "question" : "questions"}`;

/**
 * Review practice, one due question at a time: answer, check (a server action grades it and moves it in
 * the queue), read the feedback, go on. Focus moves to the feedback after a check and to the next
 * question after "Next", so the whole loop works from the keyboard.
 */
export function ReviewPlayer({ initial, timeZone }: { initial: ReviewQueueView; timeZone: string }) {
  const [view, setView] = useState(initial);
  const [response, setResponse] = useState<unknown>(null);
  const [result, setResult] = useState<ReviewAnswerResult | null>(null);
  const [error, setError] = useState("");
  /** The question moved under us (answered in another tab, updated, removed): only a fresh page helps. */
  const [stale, setStale] = useState(false);
  const [pending, startTransition] = useTransition();
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<"question" | "feedback" | "done" | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    (target === "question" ? questionHeading : target === "feedback" ? feedbackHeading : doneHeading).current?.focus();
  });

  const card = view.card;
  if (!card) return <EmptyQueue nextDueAt={view.nextDueAt} timeZone={timeZone} headingRef={doneHeading} />;
  const question = card.question;

  function check(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || result) return;
    if (answerState(question, response) === "unanswered") {
      setError("Answer the question first, then check it.");
      return;
    }
    setError("");
    const form = new FormData();
    form.set("questionId", question.questionId);
    form.set("versionId", question.versionId);
    form.set("response", JSON.stringify(response));
    startTransition(async () => {
      try {
        const state = await answerReviewAction(idle, form);
        if (state.status === "ok") {
          setResult(state.data);
          focusNext.current = "feedback";
        } else if (state.status === "error") {
          setError(state.message);
          setStale(state.code === "CONFLICT" || state.code === "NOT_FOUND");
        }
      } catch {
        setError("We couldn't reach the server to check your answer. Check your connection and try again.");
      }
    });
  }

  function change(next: unknown) {
    setResponse(next);
    if (!stale) setError("");
  }

  function next() {
    if (!result) return;
    setView(result.queue);
    setResult(null);
    setResponse(null);
    setError("");
    focusNext.current = result.queue.card ? "question" : "done";
  }

  const left = result ? result.queue.dueNow : view.dueNow;
  return (
    <div className="space-y-4">
      <p className="text-neutral-700 dark:text-neutral-300" data-testid="review-remaining">
        {left === 0 ? "This is the last question due today." : `${questions(left)} due, including this one.`}
      </p>
      <section aria-labelledby="review-question-heading" className="rounded-xl border border-neutral-300 bg-white p-4 sm:p-6 dark:border-neutral-700 dark:bg-neutral-900">
        <div className="mb-4">
          <h2 id="review-question-heading" ref={questionHeading} tabIndex={-1} className="text-xl font-semibold">
            Review question
          </h2>
          <p className={quietText}>
            {skillLabel(question.skill)} · from <cite className="not-italic">{card.lessonTitle}</cite>
          </p>
        </div>
        <form onSubmit={check} noValidate>
          <QuestionInputs question={question} response={response} disabled={pending || result !== null} onChange={change} sources={card.sources} />
          <p role="alert" className={`mt-3 text-base font-medium text-red-800 dark:text-red-300 ${result ? "" : "min-h-6"}`}>
            {error}
          </p>
          {stale && (
            <button type="button" onClick={() => window.location.reload()} className={`${secondaryButton} mt-2 mr-3`}>
              Reload the review
            </button>
          )}
          {!result && !stale && (
            <button type="submit" className={`${primaryButton} mt-2`} aria-disabled={pending || undefined}>
              {pending ? "Checking…" : "Check answer"}
            </button>
          )}
        </form>
        {result && (
          <>
            <AnswerFeedback feedback={result.feedback} headingRef={feedbackHeading} />
            <p className="mt-4 text-base" data-testid="review-outcome">
              {outcomeText(result, timeZone)}
            </p>
            <button type="button" onClick={next} className={`${result.queue.card ? primaryButton : secondaryButton} mt-4`}>
              {result.queue.card ? "Next question" : "Finish"}
            </button>
          </>
        )}
      </section>
    </div>
  );
}

function outcomeText(result: ReviewAnswerResult, timeZone: string): string {
  if (result.outcome.graduated) return "Well remembered: you have recalled this one four times in a row, so it leaves your review queue.";
  // The interval is whole days by design; "in 23 hours" from the browser's slightly later clock would read oddly.
  const days = REVIEW_INTERVALS_DAYS[result.outcome.box] ?? 1;
  const due = new Date(result.outcome.dueAt);
  const when = `in ${days} ${days === 1 ? "day" : "days"} (${formatAbsolute(due, new Date(), timeZone)})`;
  return result.feedback.correct ? `It comes back ${when}, a little later each time you get it right.` : `It comes back ${when}. Read the evidence before then.`;
}

function EmptyQueue({ nextDueAt, timeZone, headingRef }: { nextDueAt: string | null; timeZone: string; headingRef: React.Ref<HTMLHeadingElement> }) {
  const next = nextDueAt ? new Date(nextDueAt) : null;
  return (
    <section aria-labelledby="review-empty-heading" className="rounded-xl border border-neutral-300 bg-white p-4 sm:p-6 dark:border-neutral-700 dark:bg-neutral-900">
      <h2 id="review-empty-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {next ? (
          <>
            Nothing to review — come back <time dateTime={next.toISOString()}>{formatAbsolute(next, new Date(), timeZone)}</time>
          </>
        ) : (
          "Nothing to review"
        )}
      </h2>
      <p className="mt-2">
        {next
          ? "The next question you missed comes up then."
          : "Your review queue is empty. Questions you miss in a quiz come back here the next day."}
      </p>
      <p className="mt-4">
        <Link href="/progress" className="font-medium text-accent-strong underline underline-offset-4 dark:text-accent">
          See your progress
        </Link>
      </p>
    </section>
  );
}
