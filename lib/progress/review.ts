// The contract between the review page (server), its server action and the review player (client
// island). Dates travel as ISO strings; the player formats them in the viewer's time zone.
import type { AnswerFeedback, SourceForEvidence } from "@/lib/quiz/attempt-view";
import type { PublicQuestion } from "@/lib/quiz/public-question";

/** One due question, as the student sees it: the current version, never its key. */
export type ReviewCard = {
  question: PublicQuestion;
  lessonTitle: string;
  /** Leitner box 0..3: how many times in a row it has been recalled. */
  box: number;
  /** Only the source an evidence question chooses from; empty otherwise. */
  sources: Record<string, SourceForEvidence>;
};

export type ReviewQueueView = {
  /** Questions due now (the card is the first of them). */
  dueNow: number;
  /** When the next question not yet due comes up; null when none is waiting. */
  nextDueAt: string | null;
  card: ReviewCard | null;
};

export type ReviewAnswerResult = {
  questionId: string;
  feedback: AnswerFeedback;
  /** Where the question went: out of the queue, or back in a box with a new due time. */
  outcome: { graduated: true } | { graduated: false; box: number; dueAt: string };
  queue: ReviewQueueView;
};
