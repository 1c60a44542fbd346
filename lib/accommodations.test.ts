import { describe, expect, test } from "vitest";
import { accommodatedExpiry, accommodationLabels, effectiveAccommodation, NO_ACCOMMODATION, ownTimeLimit, timeLimitNote } from "./accommodations";
import type { AssignmentRules } from "./assignment-rules";

const none = { extraTime: null, reducedChoices: false, adaptedFirst: false, readAloud: false, sentenceFrames: false } as const;
const rules: AssignmentRules = { opensAt: new Date("2026-01-01T08:00Z"), dueAt: new Date("2026-01-02T08:00Z"), latePolicy: "ACCEPT_LATE", attemptsAllowed: 1, revealPolicy: "AFTER_SUBMISSION", timeLimitMinutes: 15 };
const start = new Date("2026-01-01T09:00Z");

describe("the student's own time limit", () => {
  test("×1.5 rounds up to whole minutes, ×2 doubles, no limit is none, an untimed assignment stays untimed", () => {
    expect(ownTimeLimit(15, "TIME_AND_A_HALF")).toBe(23);
    expect(ownTimeLimit(15, "DOUBLE")).toBe(30);
    expect(ownTimeLimit(15, "NO_LIMIT")).toBeNull();
    expect(ownTimeLimit(null, "DOUBLE")).toBeNull();
    expect(ownTimeLimit(15, null)).toBe(15);
  });

  test("sets when the attempt expires, and for a closing assignment never after the personal due date", () => {
    const doubled = effectiveAccommodation({ ...none, extraTime: "DOUBLE" }, null);
    expect(accommodatedExpiry(rules, doubled, start)).toEqual(new Date("2026-01-01T09:30Z"));
    const closing = { ...rules, latePolicy: "CLOSE_AT_DUE" as const, dueAt: new Date("2026-01-01T09:10Z") };
    const personal = effectiveAccommodation(null, { ...none, extraTime: "NO_LIMIT", dueAt: new Date("2026-01-01T12:00Z") });
    expect(accommodatedExpiry(closing, personal, start)).toEqual(new Date("2026-01-01T12:00Z"));
    expect(accommodatedExpiry(rules, NO_ACCOMMODATION, start)).toEqual(new Date("2026-01-01T09:15Z"));
  });

  test("is told to the student in words", () => {
    expect(timeLimitNote(15, "DOUBLE")).toBe("You have 30 minutes — extended.");
    expect(timeLimitNote(15, "NO_LIMIT")).toBe("You have no time limit — extended for you.");
    expect(timeLimitNote(null, "DOUBLE")).toBeNull();
  });
});

test("an assignment's own row replaces the class's as a whole", () => {
  const fromClass = effectiveAccommodation({ ...none, extraTime: "DOUBLE", adaptedFirst: true }, null);
  expect(fromClass).toMatchObject({ from: "class", extraTime: "DOUBLE", adaptedFirst: true, dueAt: null });
  const own = effectiveAccommodation({ ...none, extraTime: "DOUBLE", adaptedFirst: true }, { ...none, sentenceFrames: true, dueAt: null });
  expect(own).toMatchObject({ from: "assignment", extraTime: null, adaptedFirst: false, sentenceFrames: true });
  expect(accommodationLabels({ ...none, extraTime: "TIME_AND_A_HALF", readAloud: true, dueAt: new Date() })).toEqual(["Time ×1.5", "Own due date", "Read-aloud"]);
});
