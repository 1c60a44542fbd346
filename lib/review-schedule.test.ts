import { describe, expect, it } from "vitest";
import { newReviewItem, nextReview, REVIEW_INTERVALS_DAYS } from "./review-schedule";

const now = new Date("2026-11-02T15:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe("review schedule", () => {
  it("puts a new item in box 0, due in a day", () => {
    expect(newReviewItem(now)).toEqual({ box: 0, dueAt: new Date("2026-11-03T15:00:00Z") });
  });

  it("moves a correct answer up one box, due after that box's interval", () => {
    expect(REVIEW_INTERVALS_DAYS).toEqual([1, 3, 7, 21]);
    expect(nextReview({ box: 0, now, correct: true })).toEqual({ graduated: false, box: 1, dueAt: inDays(3) });
    expect(nextReview({ box: 1, now, correct: true })).toEqual({ graduated: false, box: 2, dueAt: inDays(7) });
    expect(nextReview({ box: 2, now, correct: true })).toEqual({ graduated: false, box: 3, dueAt: inDays(21) });
  });

  it("graduates an item answered correctly in the top box", () => {
    expect(nextReview({ box: 3, now, correct: true })).toEqual({ graduated: true });
  });

  it("sends a wrong answer back to box 0 from any box, due in a day", () => {
    for (const box of [0, 1, 2, 3]) {
      expect(nextReview({ box, now, correct: false })).toEqual({ graduated: false, box: 0, dueAt: inDays(1) });
    }
  });

  it("clamps an out-of-range box from storage", () => {
    expect(nextReview({ box: 9, now, correct: true })).toEqual({ graduated: true });
    expect(nextReview({ box: -2, now, correct: true })).toEqual({ graduated: false, box: 1, dueAt: inDays(3) });
    expect(nextReview({ box: 1.5, now, correct: true })).toEqual({ graduated: false, box: 1, dueAt: inDays(3) });
  });

  it("takes four correct reviews in a row, over 32 days, to graduate", () => {
    let item = newReviewItem(now);
    let reviews = 0;
    for (;;) {
      const outcome = nextReview({ box: item.box, now: item.dueAt, correct: true });
      reviews += 1;
      if (outcome.graduated) break;
      item = outcome;
    }
    expect(reviews).toBe(4);
    expect(item.dueAt).toEqual(inDays(1 + 3 + 7 + 21));
  });
});
