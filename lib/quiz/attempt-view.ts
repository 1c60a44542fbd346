// The contract between the quiz page (server) and the quiz player (client island), and the JSON API
// the player calls. Kept in lib/ so both sides import the same types.
import type { AdaptedParagraph } from "@/lib/content/schemas";
import type { AnnotationView } from "@/lib/annotations/change";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import type { PublicQuestion } from "@/lib/quiz/public-question";

export type SourceForEvidence = {
  id: string;
  title: string;
  /** Only the paragraphs an evidence question lets the student choose from. */
  paragraphs: { id: string; number: number; sentences: { id: string; text: string }[] }[];
  /** The adapted version of those paragraphs: choosing one of its sentences chooses the originals it renders. */
  adapted?: AdaptedParagraph[];
};

/** What the teacher's accommodations mean for the student's screen (lib/accommodations.ts). */
export type AttemptAccommodation = {
  /** "You have 30 minutes — extended."; null when the student has no extra time. */
  timeNote: string | null;
  adaptedFirst: boolean;
  /** Read-aloud on when the page opens (the read-aloud control takes it as its default). */
  readAloud: boolean;
  sentenceFrames: boolean;
};

/** `seq` is the stored change counter: the player numbers later changes above it, whatever its clock says. */
export type SavedAnswer = { response: unknown; flagged: boolean; updatedAt: string; seq: number };

export type AttemptView = {
  attemptId: string;
  assignmentId: string;
  lessonTitle: string;
  attemptNumber: number;
  /** ISO time after which the server refuses saves and submits what it has; null = no time limit. */
  expiresAt: string | null;
  /** Reveal policy "after each question": the player may ask the server to check one answer (it is then locked). */
  checkEachAnswer: boolean;
  questions: PublicQuestion[];
  /** Keyed by global question id. */
  answers: Record<string, SavedAnswer>;
  /** Feedback already given for checked answers (only with checkEachAnswer). */
  checked: Record<string, AnswerFeedback>;
  sources: Record<string, SourceForEvidence>;
  /** The lesson's excerpts, shown beside the questions. */
  excerpts: ReadingExcerpt[];
  /** The student's highlights on this assignment and the teacher's model ones, marked in the document pane. */
  annotations?: AnnotationView[];
  resultsUrl: string;
  /** Absent in a teacher's preview. */
  accommodation?: AttemptAccommodation;
};

export type AnswerFeedback = {
  correct: boolean;
  score: number | null;
  maxPoints: number;
  explanation: string;
  /** Links to the evidence in the source, each opening it with the sentence highlighted. */
  evidence: { href: string; label: string }[];
};

// PUT  /api/attempts/{attemptId}/answers   body SaveAnswerRequest → 200 SaveAnswerResponse
// POST /api/attempts/{attemptId}/submit    (no body)              → 200 SubmitResponse (same answer when repeated)
// POST /api/attempts/{attemptId}/check     body { questionId }    → 200 AnswerFeedback
// Errors: 400/403/404/409 { error, code } — not retried; 5xx or network failure — retried with backoff.
export type SaveAnswerRequest = { questionId: string; versionId: string; response: unknown; flagged?: boolean; seq: number };
export type SaveAnswerResponse = { savedAt: string };
export type SubmitResponse = { resultsUrl: string; score: number | null; maxScore: number; awaitingGrading: boolean };
