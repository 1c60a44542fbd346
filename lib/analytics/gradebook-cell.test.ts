import { describe, expect, test } from "vitest";
import { cellStatus, type CellFacts } from "@/lib/analytics/gradebook-cell";

const due = new Date("2026-11-10T17:00:00Z");
const before = new Date("2026-11-09T12:00:00Z");
const after = new Date("2026-11-11T12:00:00Z");
const base: CellFacts = { readingOnly: false, dueAt: due, started: false, inProgress: false, submittedCount: 0, best: null, awaitingGrading: false, allLate: false, readingDone: false };

describe("gradebook cell status", () => {
  test("nothing yet: not started before the due time, missing after it", () => {
    expect(cellStatus(base, before)).toBe("not-started");
    expect(cellStatus(base, after)).toBe("missing");
  });
  test("an open attempt is in progress, even past the due time", () => {
    expect(cellStatus({ ...base, started: true, inProgress: true }, after)).toBe("in-progress");
  });
  test("submitted on time, late, or awaiting a teacher's grading", () => {
    const submitted = { ...base, started: true, submittedCount: 1, best: 0.8 };
    expect(cellStatus(submitted, after)).toBe("submitted");
    expect(cellStatus({ ...submitted, allLate: true }, after)).toBe("late");
    expect(cellStatus({ ...submitted, awaitingGrading: true }, after)).toBe("awaiting-grading");
  });
  test("a retake in progress after a submission still counts as submitted", () => {
    expect(cellStatus({ ...base, started: true, inProgress: true, submittedCount: 1, best: 0.5 }, after)).toBe("submitted");
  });
  test("reading-only assignments are done when marked read", () => {
    const reading = { ...base, readingOnly: true };
    expect(cellStatus({ ...reading, readingDone: true }, after)).toBe("submitted");
    expect(cellStatus({ ...reading, readingDone: true, allLate: true }, after)).toBe("late");
    expect(cellStatus(reading, after)).toBe("missing");
  });
});
