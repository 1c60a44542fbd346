// What a regrade's dry run shows and its apply writes (server/grading/regrade-question.ts); here so the
// page's components can take it.
import type { Adjustment } from "./adjustment";

/** One submitted attempt whose score changes: its answer to the question, and its total, before → after. */
export type RegradeChange = {
  attemptId: string;
  studentName: string;
  attemptNumber: number;
  answer: { oldScore: number | null; newScore: number; oldMax: number; newMax: number };
  attempt: { oldScore: number; newScore: number; oldMax: number; newMax: number };
};

export type RegradePlan = { adjustment: Adjustment; changes: RegradeChange[]; unchanged: number };
