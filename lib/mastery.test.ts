import { describe, expect, it } from "vitest";
import { MASTERY_LEVELS, MASTERY_RULES, masteryBySkill, masteryLevel, type SkillAnswer } from "./mastery";

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 2, 12); // Mon 2 Nov 2026, 12:00 UTC

/** Answers one hour apart on one day (oldest first), or one per day when `daily`. */
function answers(scores: number[], { daily = false } = {}): SkillAnswer[] {
  return scores.map((score, i) => ({ score, answeredAt: new Date(start + i * (daily ? DAY : 3_600_000)) }));
}
const level = (scores: number[], options?: { daily?: boolean }) => masteryLevel(answers(scores, options));

describe("masteryLevel", () => {
  it("is not started with no answers", () => {
    expect(level([])).toBe("not-started");
  });

  it("is attempted with fewer than 3 answers, however good", () => {
    expect(level([1])).toBe("attempted");
    expect(level([1, 1])).toBe("attempted");
  });

  it("is familiar from 3 answers at a 50% mean, attempted just below", () => {
    expect(level([1, 0.5, 0])).toBe("familiar"); // mean 0.5
    expect(level([1, 0.49, 0])).toBe("attempted"); // mean 0.4967
    expect(level([0.5, 0.5, 0.5, 0.5])).toBe("familiar"); // 4 answers, below the proficient threshold
  });

  it("is proficient from 5 answers at 70% over the most recent 5", () => {
    expect(level([0.7, 0.7, 0.7, 0.7, 0.7])).toBe("proficient"); // exactly 70%, despite float sums
    expect(level([1, 1, 1, 1])).toBe("familiar"); // only 4 answers
    expect(level([1, 1, 1, 0.5, 0])).toBe("proficient"); // 3.5 / 5 = 70%
    expect(level([1, 1, 1, 0.49, 0])).toBe("familiar"); // 3.49 / 5 = 69.8%
  });

  it("looks only at the most recent 5 for proficient, so early mistakes stop counting", () => {
    // Oldest first: 3 wrong, then 5 at 80%: overall 50%, recent-5 mean 80%.
    expect(level([0, 0, 0, 0.8, 0.8, 0.8, 0.8, 0.8])).toBe("proficient");
    // The reverse: 5 good answers long ago, 3 recent wrong ones: recent-5 = (0.8 × 2) / 5 = 32%,
    // so not proficient; overall 4 / 8 = 50%, so familiar.
    expect(level([0.8, 0.8, 0.8, 0.8, 0.8, 0, 0, 0])).toBe("familiar");
  });

  it("is mastered from 8 answers at 85% over the most recent 8, on at least 2 days", () => {
    const eight = [1, 1, 1, 1, 0.8, 0.8, 0.6, 0.6]; // mean 6.8 / 8 = 85%
    expect(level(eight, { daily: true })).toBe("mastered");
    expect(level(eight)).toBe("proficient"); // all on one day
    expect(level(eight.slice(1), { daily: true })).toBe("proficient"); // only 7 answers
    expect(level([1, 1, 1, 1, 0.8, 0.8, 0.6, 0.59], { daily: true })).toBe("proficient"); // 84.9%
  });

  it("counts days in the student's time zone", () => {
    // 23:2x and 00:2x in Berlin (UTC+1 in November) are two days there; in UTC all are on 2 Nov.
    const late = Date.UTC(2026, 10, 2, 22, 30); // 23:30 in Berlin
    const list = Array.from({ length: 8 }, (_, i) => ({
      score: 1,
      answeredAt: new Date(late - i * 60_000 + (i < 4 ? 0 : 3_600_000)),
    }));
    expect(masteryLevel(list, "Europe/Berlin")).toBe("mastered");
    expect(masteryLevel(list, "UTC")).toBe("proficient");
  });

  it("sorts by time, not by input order", () => {
    const list = answers([0, 0, 0, 1, 1, 1, 1, 1]).reverse();
    expect(masteryLevel(list)).toBe("proficient");
  });
});

describe("masteryBySkill", () => {
  it("groups answers by skill", () => {
    const list = [
      ...answers([1, 1, 1]).map((a) => ({ ...a, skill: "sourcing" })),
      ...answers([0]).map((a) => ({ ...a, skill: "vocabulary" })),
    ];
    expect(masteryBySkill(list)).toEqual(
      new Map([
        ["sourcing", "familiar"],
        ["vocabulary", "attempted"],
      ]),
    );
  });
});

describe("MASTERY_RULES", () => {
  it("describes every level in order, with the thresholds the code uses", () => {
    expect(MASTERY_RULES.map((r) => r.level)).toEqual([...MASTERY_LEVELS]);
    expect(MASTERY_RULES.find((r) => r.level === "mastered")?.rule).toBe(
      "At least 8 answers, averaging 85% or more over the most recent 8, given on at least 2 different days.",
    );
  });
});
