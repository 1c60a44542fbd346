import "server-only";
import type { Question } from "@/lib/content/schemas";
import { grade, parseResponse } from "@/lib/grading";
import type { AnswerFeedback } from "@/lib/quiz/attempt-view";
import { evidenceHref } from "@/lib/quiz/evidence-links";

/** Correctness, explanation and links to the evidence for one answer, as shown when answers may be revealed. */
export function feedbackFor(definition: Question, response: unknown, storedScore: number | null): AnswerFeedback {
  const parsed = response === null || response === undefined ? null : parseResponse(definition, response);
  const result = grade(definition, (parsed?.ok ? parsed.response : null) as never);
  const score = result.status === "graded" ? result.score : storedScore;
  return {
    correct: result.status === "graded" ? result.correct : storedScore !== null && storedScore >= result.maxPoints,
    score,
    maxPoints: result.maxPoints,
    explanation: definition.explanation,
    evidence: definition.evidence.map((e) => ({ href: evidenceHref(e.source, e.ref), label: evidenceLabel(e.source, e.ref) })),
  };
}

function evidenceLabel(source: string, ref: string) {
  const telegram = source.includes("mikoyan") ? "Telegram to Mikoyan" : source.includes("kuznetsov") ? "Telegram to Kuznetsov" : source;
  const [p, s] = ref.split(".");
  return `${telegram}, ¶${p!.slice(1)}${s ? `, sentence ${s.slice(1)}` : ""}`;
}
