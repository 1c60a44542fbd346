"use client";

import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import type { PublicQuestion } from "@/lib/quiz/public-question";
import { pointsLabel, QuestionInputs, skillLabel } from "./question-inputs";
import { quietText } from "./styles";

export type QuestionPreviewProps = {
  question: PublicQuestion;
  /** The sources evidence questions choose from, keyed by source id (as in AttemptView.sources). */
  sources?: Readonly<Record<string, SourceForEvidence>>;
  /** Shown as "Question 3 of 12" when given, else "Question 3". */
  total?: number;
  /** A response to show selected (e.g. a student's answer); none by default. */
  response?: unknown;
  headingLevel?: 2 | 3;
};

const noop = () => undefined;

/** A question exactly as a student sees it, read-only (every input disabled): for teacher previews and reports. */
export function QuestionPreview({ question, sources = {}, total, response = null, headingLevel = 2 }: QuestionPreviewProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-label={`Question ${question.number}`} className="rounded-xl border border-neutral-300 bg-white p-4 sm:p-6 dark:border-neutral-700 dark:bg-neutral-900">
      <div className="mb-4">
        <Heading className="text-xl font-semibold">
          Question {question.number}
          {total ? ` of ${total}` : ""}
        </Heading>
        <p className={quietText}>
          {skillLabel(question.skill)} · {pointsLabel(question.points)} · read-only preview
        </p>
      </div>
      <QuestionInputs question={question} response={response} disabled onChange={noop} sources={sources} />
    </section>
  );
}

export default QuestionPreview;
