import Link from "next/link";
import { redirect } from "next/navigation";
import { ReviewPlayer } from "@/components/progress/review-player";
import { REVIEW_INTERVALS_DAYS } from "@/lib/review-schedule";
import { getCurrentUser } from "@/server/authz";
import { loadForPage } from "@/server/page-auth";
import { getReviewSession } from "@/server/progress/get-review-session";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export const metadata = { title: "Review" };

export default async function ReviewPage() {
  if ((await getCurrentUser())?.role === "TEACHER") redirect("/teacher");
  const [session, timeZone] = await Promise.all([loadForPage("/review", () => getReviewSession()), viewerTimeZone()]);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/progress" className="text-sm underline">← Your progress</Link>
        <h1 className="font-serif text-3xl font-semibold">Review</h1>
        <p className="max-w-prose text-neutral-700 dark:text-neutral-300">
          Questions you missed come back here: after {REVIEW_INTERVALS_DAYS[0]} day, then — each time you get them right — after{" "}
          {REVIEW_INTERVALS_DAYS.slice(1).join(", ")} days, until they leave the queue. Practice does not change your quiz scores.
        </p>
      </div>
      <ReviewPlayer initial={session} timeZone={timeZone} />
    </div>
  );
}
