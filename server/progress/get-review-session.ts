import "server-only";
import type { ReviewQueueView } from "@/lib/progress/review";
import { requireStudent } from "@/server/authz";
import { loadReviewQueue, pruneReviewQueue } from "@/server/progress/review-queue";

/** The review page: the student's first due question and what is left. Questions that cannot be practised leave the queue here. */
export async function getReviewSession({ now = new Date() }: { now?: Date } = {}): Promise<ReviewQueueView> {
  const student = await requireStudent();
  await pruneReviewQueue(student.id);
  return loadReviewQueue(student.id, now);
}
