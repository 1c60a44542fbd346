// What one gradebook cell says about one student and one assignment. Pure: the SQL gathers facts,
// this decides the status, so the rules are unit-tested and the same for the page and the CSV.

export type CellFacts = {
  readingOnly: boolean;
  dueAt: Date;
  started: boolean;
  inProgress: boolean;
  submittedCount: number;
  /** Best submitted score as a fraction (0..1), null when none. */
  best: number | null;
  awaitingGrading: boolean;
  /** Every submitted attempt was after the due time. */
  allLate: boolean;
  readingDone: boolean;
};

export type CellStatus = "not-started" | "in-progress" | "submitted" | "late" | "missing" | "awaiting-grading";

export const CELL_LABELS: Record<CellStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  late: "Late",
  missing: "Missing",
  "awaiting-grading": "Awaiting grading",
};

export function cellStatus(facts: CellFacts, now: Date): CellStatus {
  const done = facts.readingOnly ? facts.readingDone : facts.submittedCount > 0;
  if (done) {
    if (facts.awaitingGrading) return "awaiting-grading";
    return facts.allLate ? "late" : "submitted";
  }
  if (facts.inProgress) return "in-progress";
  return now > facts.dueAt ? "missing" : "not-started";
}
