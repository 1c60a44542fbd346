import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import type { PublicQuestion } from "@/lib/quiz/public-question";

/** "now" for a click or a choice (sent at once), "typing" for text (debounced). */
export type ChangeKind = "now" | "typing";

export type InputProps<T extends PublicQuestion["type"]> = {
  question: Extract<PublicQuestion, { type: T }>;
  response: unknown;
  disabled: boolean;
  onChange: (response: unknown, kind: ChangeKind) => void;
};

export type EvidenceInputProps = InputProps<"evidence"> & { source: SourceForEvidence | undefined };
