import { describe, expect, test } from "vitest";
import { attemptExpiry, canStartAttempt, isLate, type AssignmentRules } from "@/lib/assignment-rules";

const t = (iso: string) => new Date(iso);
const rules: AssignmentRules = {
  opensAt: t("2026-11-02T08:00:00Z"),
  dueAt: t("2026-11-09T17:00:00Z"),
  latePolicy: "ACCEPT_LATE",
  attemptsAllowed: 2,
  revealPolicy: "AFTER_SUBMISSION",
  timeLimitMinutes: null,
};

describe("starting an attempt", () => {
  test("is refused before the assignment opens", () => {
    expect(canStartAttempt(rules, 0, t("2026-11-02T07:59:59Z"))).toEqual({ ok: false, reason: "This assignment is not open yet." });
  });
  test("is allowed late when late work is accepted, refused when the assignment closes at the due time", () => {
    const late = t("2026-11-10T09:00:00Z");
    expect(canStartAttempt(rules, 0, late)).toEqual({ ok: true });
    expect(canStartAttempt({ ...rules, latePolicy: "CLOSE_AT_DUE" }, 0, late)).toMatchObject({ ok: false, reason: "This assignment closed at its due time." });
  });
  test("counts attempts, and unlimited means unlimited", () => {
    const now = t("2026-11-03T10:00:00Z");
    expect(canStartAttempt(rules, 1, now)).toEqual({ ok: true });
    expect(canStartAttempt(rules, 2, now)).toEqual({ ok: false, reason: "You have used all 2 attempts." });
    expect(canStartAttempt({ ...rules, attemptsAllowed: 1 }, 1, now)).toEqual({ ok: false, reason: "You have used your attempt." });
    expect(canStartAttempt({ ...rules, attemptsAllowed: null }, 99, now)).toEqual({ ok: true });
  });
});

describe("attempt expiry", () => {
  const start = t("2026-11-09T16:30:00Z");
  test("is the time limit, or none", () => {
    expect(attemptExpiry({ ...rules, timeLimitMinutes: 20 }, start)).toEqual(t("2026-11-09T16:50:00Z"));
    expect(attemptExpiry(rules, start)).toBeNull();
  });
  test("never runs past the due time of an assignment that closes", () => {
    const closing = { ...rules, latePolicy: "CLOSE_AT_DUE" as const };
    expect(attemptExpiry({ ...closing, timeLimitMinutes: 45 }, start)).toEqual(rules.dueAt);
    expect(attemptExpiry(closing, start)).toEqual(rules.dueAt);
  });
});

test("late means submitted after the due time, not at it", () => {
  expect(isLate(rules.dueAt, rules.dueAt)).toBe(false);
  expect(isLate(new Date(rules.dueAt.getTime() + 1000), rules.dueAt)).toBe(true);
});
