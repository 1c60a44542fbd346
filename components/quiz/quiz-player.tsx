"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { postJson } from "@/lib/quiz/api";
import { checkUrl, submitUrl } from "@/lib/quiz/attempt-urls";
import { answerState, summarize } from "@/lib/quiz/answers";
import type { AnswerFeedback as Feedback, AttemptView, SubmitResponse } from "@/lib/quiz/attempt-view";
import { citedParagraphs } from "@/lib/quiz/cited-paragraphs";
import { backoffDelay } from "@/lib/delivery";
import { AnswerFeedback } from "./answer-feedback";
import { Countdown } from "./countdown";
import { DocumentPane, TextButtons } from "./document-pane";
import { FlagIcon } from "./icons";
import { pointsLabel, QuestionInputs, skillLabel } from "./question-inputs";
import { QuestionNavigator } from "./question-navigator";
import { SaveStatus } from "./save-status";
import { primaryButton, quietText, secondaryButton } from "./styles";
import { SubmitDialog, type SubmitPhase } from "./submit-dialog";
import { TextVersionSwitch } from "./text-version-switch";
import type { TextVersion } from "@/lib/quiz/text-version";
import type { ChangeKind } from "./types";
import { useNow } from "./use-now";
import { browserFetch, useSaveQueue } from "./use-save-queue";

export type QuizPlayerProps = {
  view: AttemptView;
  /** Teacher preview: everything works, but nothing is sent to the server and nothing is stored. */
  preview?: boolean;
  /** Render the lesson title as the page's <h1> (off by default: the page usually has its own). */
  showTitle?: boolean;
};

const UNREACHABLE = "We can't reach the server, so some answers are not saved yet. They are kept on this device and we keep trying. Check your connection, then try again.";
const UNREACHABLE_AUTO = "We can't reach the server yet. Keep this page open: your answers will be submitted as soon as the connection is back.";

export default function QuizPlayer({ view, preview = false, showTitle = false }: QuizPlayerProps) {
  const { queue, state, allowLeave } = useSaveQueue(view, preview);
  const [current, setCurrent] = useState(0);
  const [feedback, setFeedback] = useState<Record<string, Feedback>>(view.checked);
  const [checking, setChecking] = useState<string | null>(null);
  const [checkErrors, setCheckErrors] = useState<Record<string, string>>({});
  const [dialogOpen, setDialogOpen] = useState(false);
  const [phase, setPhase] = useState<SubmitPhase>({ kind: "idle" });
  const [autoSubmitting, setAutoSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  // Accommodations: the adapted text first, read-aloud on, sentence frames shown (the student may change each).
  const accommodation = view.accommodation;
  const [textVersion, setTextVersion] = useState<TextVersion>(accommodation?.adaptedFirst ? "adapted" : "original");
  const hasAdapted = view.excerpts.some((e) => e.adapted) || Object.values(view.sources).some((s) => s.adapted);
  const submitting = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const submitButtonRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"heading" | "feedback" | "submit" | null>(null);

  const timed = !preview && view.expiresAt !== null;
  const expiresAtMs = view.expiresAt ? Date.parse(view.expiresAt) : null;
  const now = useNow(1000, timed);
  const remaining = timed && expiresAtMs !== null && now !== null ? expiresAtMs - now : null;
  const expired = remaining !== null && remaining <= 0;

  const questions = view.questions;
  const total = questions.length;
  const index = Math.min(current, Math.max(0, total - 1));
  const question = questions[index];
  const summary = summarize(questions, state.answers);
  const busy = phase.kind === "saving" || phase.kind === "submitting";
  const allLocked = !preview && (done || expired || autoSubmitting || busy);

  // Move focus after the render that shows its target (a new question, fresh feedback, a closed dialog).
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    (target === "heading" ? headingRef : target === "feedback" ? feedbackRef : submitButtonRef).current?.focus();
  });

  const onExpire = useEffectEvent(() => void submit(true));
  useEffect(() => {
    if (expired) onExpire();
  }, [expired]);

  function goTo(next: number) {
    if (next < 0 || next >= total) return;
    setCurrent(next);
    focusNext.current = "heading";
  }

  function change(questionId: string, response: unknown, kind: ChangeKind) {
    if (allLocked || feedback[questionId]) return;
    queue.set(questionId, { response }, { debounce: kind === "typing" });
  }

  async function check(questionId: string) {
    setChecking(questionId);
    setCheckErrors(({ [questionId]: _old, ...rest }) => rest);
    const flushed = await queue.flush();
    if (!flushed.ok) {
      setChecking(null);
      setCheckErrors((e) => ({ ...e, [questionId]: flushed.reason === "unreachable" ? "Your answer is not saved yet, so it can't be checked. Try again in a moment." : flushed.error.message }));
      return;
    }
    const result = await postJson<Feedback>(browserFetch, checkUrl(view.attemptId), { questionId });
    setChecking(null);
    if (result.ok) {
      setFeedback((f) => ({ ...f, [questionId]: result.data }));
      focusNext.current = "feedback";
    } else {
      setCheckErrors((e) => ({ ...e, [questionId]: result.kind === "unreachable" ? "We couldn't reach the server to check your answer. Try again in a moment." : result.message }));
    }
  }

  async function submit(auto: boolean) {
    if (preview || submitting.current) return;
    submitting.current = true;
    if (auto) setAutoSubmitting(true);
    setPhase({ kind: "saving" });
    const flushed = await queue.flush();
    // When time is up the server takes what it has, so an automatic submit goes ahead regardless.
    if (!flushed.ok && !auto) {
      setPhase({ kind: "failed", message: flushed.reason === "unreachable" ? UNREACHABLE : flushed.error.message });
      submitting.current = false;
      return;
    }
    setPhase({ kind: "submitting" });
    for (let failures = 1; ; failures += 1) {
      const result = await postJson<SubmitResponse>(browserFetch, submitUrl(view.attemptId));
      if (result.ok) {
        setDone(true);
        allowLeave();
        queue.stop();
        window.location.assign(result.data?.resultsUrl || view.resultsUrl);
        return;
      }
      if (!auto || result.kind === "rejected") {
        setPhase({ kind: "failed", message: result.kind === "rejected" ? result.message : UNREACHABLE });
        submitting.current = false;
        return;
      }
      setPhase({ kind: "failed", message: UNREACHABLE_AUTO }); // and keep trying: time is up, there is nothing else to do
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(failures)));
    }
  }

  function closeDialog() {
    setDialogOpen(false);
    if (!busy) setPhase({ kind: "idle" });
    focusNext.current = "submit";
  }

  function jumpFromDialog(questionId: string) {
    setDialogOpen(false);
    setPhase({ kind: "idle" });
    goTo(questions.findIndex((q) => q.questionId === questionId));
  }

  if (!question) return <p>This quiz has no questions.</p>;

  const answer = state.answers[question.questionId];
  const flagged = answer?.flagged ?? false;
  const questionFeedback = feedback[question.questionId];
  const answered = answerState(question, answer?.response) !== "unanswered";
  const locked = allLocked || Boolean(questionFeedback);
  const rejectedNumber = state.error ? questions.find((q) => q.questionId === state.error?.questionId)?.number : undefined;
  // Evidence questions show their own sentences; for the rest, the paragraphs the prompt names.
  const cited = citedParagraphs(`${question.prompt} ${"claim" in question ? question.claim : ""}`, view.excerpts);

  return (
    <div>
      {preview && (
        <p className="mb-4 rounded-lg border border-sky-300 bg-sky-50 px-4 py-2 text-base text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          Preview: this is what students see. Nothing you choose here is saved.
        </p>
      )}

      <header className="mb-5">
        {showTitle && (
          <>
            <p className={quietText}>Quiz{view.attemptNumber > 1 ? ` · attempt ${view.attemptNumber}` : ""}</p>
            <h1 className="mb-3 font-serif text-2xl font-semibold leading-tight text-balance sm:text-3xl">{view.lessonTitle}</h1>
          </>
        )}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1 rounded-lg border border-neutral-300 bg-white px-4 py-2 dark:border-neutral-700 dark:bg-neutral-900">
          <div className="flex h-7 items-center gap-3">
            <p className="text-sm font-medium tabular-nums">
              {summary.answered} of {total} answered
            </p>
            <div aria-hidden="true" className="h-2 w-20 overflow-hidden rounded-full bg-neutral-200 dark:bg-neutral-700">
              <div className="h-full rounded-full bg-accent" style={{ width: `${total ? (summary.answered / total) * 100 : 0}%` }} />
            </div>
          </div>
          {!preview && <SaveStatus status={state.status} />}
          {timed && <Countdown remainingMs={remaining} />}
          {accommodation?.timeNote && <p className="text-sm font-medium" data-testid="time-note">{accommodation.timeNote}</p>}
          {hasAdapted && <TextVersionSwitch version={textVersion} onChange={setTextVersion} />}
        </div>
        {state.error && (
          <p role="alert" className="mt-3 rounded-lg border border-red-300 bg-red-50 px-4 py-2 text-base text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            {rejectedNumber ? `Your answer to question ${rejectedNumber} was not saved: ` : "An answer was not saved: "}
            {state.error.message}
          </p>
        )}
        {(expired || autoSubmitting) && !dialogOpen && (
          <p role="alert" className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-base text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            {phase.kind === "failed" ? `Time is up. ${phase.message}` : "Time is up. Your answers are being submitted…"}
          </p>
        )}
      </header>

      <div className={`grid gap-8 lg:items-start ${view.excerpts.length ? "lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]" : "lg:grid-cols-[minmax(0,1fr)_17rem]"}`}>
        <DocumentPane excerpts={view.excerpts} cited={cited} sourceId={question.type === "evidence" ? question.source : undefined} version={textVersion} readAloudByDefault={accommodation?.readAloud} annotations={view.annotations} />
        <div className="min-w-0">
          <section aria-labelledby="quiz-question-heading" className="rounded-xl border border-neutral-300 bg-white p-4 shadow-sm sm:p-6 dark:border-neutral-700 dark:bg-neutral-900">
            <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 id="quiz-question-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
                  Question {question.number} of {total}
                </h2>
                <p className={quietText}>
                  {skillLabel(question.skill)} · {pointsLabel(question.points)}
                </p>
              </div>
              <button
                type="button"
                aria-pressed={flagged}
                disabled={locked}
                onClick={() => queue.set(question.questionId, { flagged: !flagged })}
                className={`${secondaryButton} text-sm ${flagged ? "border-accent bg-accent/10 text-accent-strong dark:text-accent" : ""}`}
              >
                <FlagIcon filled={flagged} />
                Flag for review
              </button>
            </div>

            <TextButtons key={`cited-${question.questionId}`} excerpts={view.excerpts} cited={cited} sourceId={question.type === "evidence" ? question.source : undefined} version={textVersion} readAloudByDefault={accommodation?.readAloud} annotations={view.annotations} />
            <QuestionInputs
              key={question.questionId}
              question={question}
              response={answer?.response ?? null}
              disabled={locked}
              onChange={(response, kind) => change(question.questionId, response, kind)}
              sources={view.sources}
              textVersion={textVersion}
              sentenceFrames={accommodation?.sentenceFrames}
            />

            {view.checkEachAnswer && !preview && (
              <div className="mt-5">
                {questionFeedback ? (
                  <AnswerFeedback feedback={questionFeedback} headingRef={feedbackRef} />
                ) : answered ? (
                  <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                    <button type="button" onClick={() => void check(question.questionId)} disabled={checking !== null || allLocked} className={secondaryButton}>
                      {checking === question.questionId ? "Checking…" : "Check answer"}
                    </button>
                    <p className={quietText}>After checking, this answer can no longer be changed.</p>
                  </div>
                ) : null}
                {checkErrors[question.questionId] && (
                  <p role="alert" className="mt-2 text-base text-red-800 dark:text-red-300">
                    {checkErrors[question.questionId]}
                  </p>
                )}
              </div>
            )}
          </section>

          <div className="mt-4 flex items-center justify-between gap-3">
            {index > 0 ? (
              <button type="button" onClick={() => goTo(index - 1)} className={secondaryButton}>
                <span aria-hidden="true">←</span> Previous
              </button>
            ) : (
              <span />
            )}
            {index < total - 1 && (
              <button type="button" onClick={() => goTo(index + 1)} className={primaryButton}>
                Next <span aria-hidden="true">→</span>
              </button>
            )}
          </div>
        </div>

        <aside aria-label="Quiz navigation" className={`grid gap-5 ${view.excerpts.length ? "lg:col-start-2" : "lg:sticky lg:top-4"}`}>
          <QuestionNavigator
            items={questions.map((q) => {
              const a = state.answers[q.questionId];
              return { number: q.number, questionId: q.questionId, state: answerState(q, a?.response), flagged: a?.flagged ?? false };
            })}
            current={index}
            onJump={goTo}
          />
          {preview ? (
            <p className={quietText}>Students submit from here.</p>
          ) : (
            <div>
              <button
                ref={submitButtonRef}
                type="button"
                onClick={() => {
                  setPhase({ kind: "idle" });
                  setDialogOpen(true);
                }}
                disabled={done || autoSubmitting}
                className={`${primaryButton} w-full`}
              >
                Submit
              </button>
              <p className={`mt-2 ${quietText}`}>You can review your answers before you submit.</p>
            </div>
          )}
        </aside>
      </div>

      {!preview && (
        <SubmitDialog open={dialogOpen} summary={summary} phase={phase} onConfirm={() => void submit(false)} onClose={closeDialog} onJump={jumpFromDialog} />
      )}
    </div>
  );
}
