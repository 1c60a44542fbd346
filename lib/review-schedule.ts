// Spaced review, Leitner style: a missed question enters box 0; each correct review moves it up a
// box and further away in time; a miss sends it back to box 0. A correct answer in the top box
// graduates it out of the queue: by then it has been recalled correctly four times in about a month.
// Intervals are whole 24-hour periods from the moment of answering, so "due in 1 day" means
// "this time tomorrow" (DST shifts of an hour do not matter for review).

export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 21] as const;
export const TOP_BOX = REVIEW_INTERVALS_DAYS.length - 1;

const DAY_MS = 24 * 60 * 60 * 1000;

export type ReviewItem = { box: number; dueAt: Date };
export type ReviewOutcome = ({ graduated: false } & ReviewItem) | { graduated: true };

function scheduled(box: number, now: Date): ReviewItem {
  return { box, dueAt: new Date(now.getTime() + (REVIEW_INTERVALS_DAYS[box] ?? 1) * DAY_MS) };
}

/** A question the student just missed: box 0, due in one day. */
export function newReviewItem(now: Date): ReviewItem {
  return scheduled(0, now);
}

export function nextReview({ box, now, correct }: { box: number; now: Date; correct: boolean }): ReviewOutcome {
  if (!correct) return { graduated: false, ...scheduled(0, now) };
  // A box number from storage that is out of range is clamped rather than trusted.
  const current = Number.isInteger(box) ? Math.min(TOP_BOX, Math.max(0, box)) : 0;
  if (current === TOP_BOX) return { graduated: true };
  return { graduated: false, ...scheduled(current + 1, now) };
}
