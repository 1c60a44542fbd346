// What a student's browser may know about a question while answering it: never the key, the accepted
// answers, the explanation or the evidence refs (for an evidence question those ARE the answer). Options
// arrive in the attempt's order (lib/quiz/layout.ts arranges them first), never in the key's.
import type { Question } from "@/lib/content/schemas";

type Stripped<Q> = Q extends unknown ? Omit<Q, "answer" | "accepted" | "explanation" | "evidence" | "sampleAnswer" | "rubric" | "shuffle"> : never;

export type PublicQuestion = Stripped<Question> & {
  /** Global id, e.g. "02-mikoyan-close-reading/q07". */
  questionId: string;
  /** The version this attempt answers; sent back with every save. */
  versionId: string;
  /** 1-based position in the quiz. */
  number: number;
};

export function toPublicQuestion(definition: Question, ids: { questionId: string; versionId: string; number: number }): PublicQuestion {
  const { answer: _a, accepted: _b, explanation: _e, evidence: _v, sampleAnswer: _s, rubric: _r, shuffle: _h, ...rest } = definition as Question & {
    answer?: unknown;
    accepted?: unknown;
    sampleAnswer?: unknown;
    rubric?: unknown;
    shuffle?: unknown;
  };
  return { ...(rest as Stripped<Question>), ...ids };
}
