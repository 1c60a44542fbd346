import { expect, test } from "vitest";
import { summarise, verdictOf } from "./verdict";

test("a verdict comes from the stored score: full, part, none, blank, awaiting a teacher, dropped", () => {
  expect(verdictOf({ answered: true, score: 2, maxPoints: 2, pending: false })).toBe("correct");
  expect(verdictOf({ answered: true, score: 1, maxPoints: 2, pending: false })).toBe("partly");
  expect(verdictOf({ answered: true, score: 0, maxPoints: 2, pending: false })).toBe("wrong");
  expect(verdictOf({ answered: false, score: 0, maxPoints: 2, pending: false })).toBe("unanswered");
  expect(verdictOf({ answered: true, score: null, maxPoints: 4, pending: true })).toBe("pending");
  expect(verdictOf({ answered: true, score: 0, maxPoints: 0, pending: false })).toBe("dropped");
  // "Everyone gets full marks" makes a blank answer correct.
  expect(verdictOf({ answered: false, score: 1, maxPoints: 1, pending: false })).toBe("correct");
});

test("the summary counts each kind, blanks among the wrong", () => {
  expect(summarise(["correct", "correct", "partly", "wrong", "unanswered", "pending", "dropped"])).toEqual({ right: 2, partly: 1, wrong: 2, pending: 1, dropped: 1 });
});
