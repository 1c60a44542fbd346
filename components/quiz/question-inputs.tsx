"use client";

import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import type { PublicQuestion } from "@/lib/quiz/public-question";
import type { TextVersion } from "@/lib/quiz/text-version";
import { MultipleSelectInput, SingleChoiceInput, TrueFalseInput } from "./choice-inputs";
import { ArgumentInput } from "./argument-input";
import { EvidenceInput } from "./evidence-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { OpenResponseInput, ShortAnswerInput } from "./text-inputs";
import type { ChangeKind } from "./types";

export type QuestionInputsProps = {
  question: PublicQuestion;
  response: unknown;
  disabled: boolean;
  onChange: (response: unknown, kind: ChangeKind) => void;
  sources: Readonly<Record<string, SourceForEvidence>>;
  /** Which version of the documents evidence questions show (accommodations: adapted first). */
  textVersion?: TextVersion;
  /** Show sentence frames for open responses and the argument when the question opens (an accommodation). */
  sentenceFrames?: boolean;
};

/** The prompt and the inputs of one question, by type. */
export function QuestionInputs({ question, response, disabled, onChange, sources, textVersion, sentenceFrames }: QuestionInputsProps) {
  const common = { response, disabled, onChange };
  switch (question.type) {
    case "single-choice":
      return <SingleChoiceInput question={question} {...common} />;
    case "multiple-select":
      return <MultipleSelectInput question={question} {...common} />;
    case "true-false":
      return <TrueFalseInput question={question} {...common} />;
    case "ordering":
      return <OrderingInput question={question} {...common} />;
    case "matching":
      return <MatchingInput question={question} {...common} />;
    case "short-answer":
      return <ShortAnswerInput question={question} {...common} />;
    case "open-response":
      return <OpenResponseInput question={question} framesShown={sentenceFrames} {...common} />;
    case "evidence":
      return <EvidenceInput question={question} source={sources[question.source]} version={textVersion} {...common} />;
    case "argument":
      return <ArgumentInput question={question} sources={question.sources.flatMap((s) => (sources[s] ? [sources[s]] : []))} framesOpen={sentenceFrames} {...common} />;
  }
}

const SKILL_LABELS: Record<PublicQuestion["skill"], string> = {
  sourcing: "Sourcing",
  contextualization: "Context",
  corroboration: "Corroboration",
  "close-reading": "Close reading",
  vocabulary: "Vocabulary",
};

export const skillLabel = (skill: PublicQuestion["skill"]) => SKILL_LABELS[skill];
export const pointsLabel = (points: number) => `${points} ${points === 1 ? "point" : "points"}`;
