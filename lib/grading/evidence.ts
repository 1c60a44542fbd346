// Evidence selection: the key lists every sentence that supports the claim; choosing any ONE of them
// is enough. Full points when at least one chosen sentence is in the key AND no more chosen sentences
// are wrong than right; otherwise 0 (no partial credit). The second condition stops "select
// everything" from scoring, while tolerating a student who hedges with one extra sentence per right
// one. Duplicates count once; unknown ids are wrong picks. (The response is capped at 5 sentences.)
import { gradedFraction, uniqueIds, type Graded } from "./result";
import type { EvidenceResponse } from "./responses";
import type { EvidenceQuestion } from "./types";

export type EvidenceDetail = { right: string[]; wrong: string[] };

export function gradeEvidence(
  question: Pick<EvidenceQuestion, "answer" | "points">,
  response: EvidenceResponse | null | undefined,
): Graded<EvidenceDetail> {
  const key = new Set(question.answer);
  const chosen = uniqueIds(response?.sentences);
  const right = chosen.filter((s) => key.has(s));
  const wrong = chosen.filter((s) => !key.has(s));
  const ok = right.length >= 1 && wrong.length <= right.length;
  return gradedFraction(ok ? 1 : 0, question.points, { right, wrong });
}
