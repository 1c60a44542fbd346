import { describe, expect, test } from "vitest";
import { REVEAL_POLICIES } from "@/lib/enums";
import { REVEAL_FOR_TEACHERS, REVEAL_LABELS, revealFor, revealForStudents, revealsFrom } from "@/lib/reveal-policy";

const t = (iso: string) => new Date(iso);
const dueAt = t("2026-11-09T17:00:00Z");
const submittedAt = t("2026-11-05T09:00:00Z");
const before = t("2026-11-05T10:00:00Z");
const after = t("2026-11-10T10:00:00Z");

describe("per-question results of a submitted attempt", () => {
  test.each([
    ["AFTER_EACH_QUESTION", before, true],
    ["AFTER_SUBMISSION", before, true],
    ["AFTER_DUE", before, false],
    ["AFTER_DUE", after, true],
    ["NEVER", before, false],
    ["NEVER", after, false],
  ] as const)("%s at %s → %s", (revealPolicy, now, expected) => {
    expect(revealFor({ revealPolicy, dueAt }, { submittedAt }, now).perQuestion).toBe(expected);
  });

  test("nothing per question while the attempt is open; checking only under 'after each question'", () => {
    for (const revealPolicy of REVEAL_POLICIES) {
      const open = revealFor({ revealPolicy, dueAt }, { submittedAt: null }, after);
      expect(open.perQuestion).toBe(false);
      expect(open.checkWhileAnswering).toBe(revealPolicy === "AFTER_EACH_QUESTION");
      expect(revealFor({ revealPolicy, dueAt }, { submittedAt }, after).checkWhileAnswering).toBe(false);
    }
  });

  test("the moment it is shown: at submission, at the due date (or the late submission), or never", () => {
    expect(revealsFrom({ revealPolicy: "AFTER_SUBMISSION", dueAt }, submittedAt)).toEqual(submittedAt);
    expect(revealsFrom({ revealPolicy: "AFTER_EACH_QUESTION", dueAt }, submittedAt)).toEqual(submittedAt);
    expect(revealsFrom({ revealPolicy: "AFTER_DUE", dueAt }, submittedAt)).toEqual(dueAt);
    expect(revealsFrom({ revealPolicy: "AFTER_DUE", dueAt }, after)).toEqual(after);
    expect(revealsFrom({ revealPolicy: "NEVER", dueAt }, submittedAt)).toBeNull();
  });
});

test("every policy is named for teachers and explained to both teachers and students", () => {
  for (const policy of REVEAL_POLICIES) {
    expect(REVEAL_LABELS[policy]).toBeTruthy();
    expect(REVEAL_FOR_TEACHERS[policy].length).toBeGreaterThan(40);
    expect(revealForStudents(policy, "9 Nov").length).toBeGreaterThan(40);
  }
  expect(revealForStudents("AFTER_DUE", "9 Nov, 17:00")).toContain("9 Nov, 17:00");
});
