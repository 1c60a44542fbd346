import Link from "next/link";
import { redirect } from "next/navigation";
import { MasteryList, MasteryRules } from "@/components/progress/mastery";
import { ScoreChart, shortDate } from "@/components/progress/score-chart";
import { primaryButton } from "@/components/quiz/styles";
import { formatAbsolute, formatRelative } from "@/lib/dates";
import { REVIEW_INTERVALS_DAYS } from "@/lib/review-schedule";
import { submitMyExpiredAttempts } from "@/server/attempts/expire-attempts";
import { getCurrentUser } from "@/server/authz";
import { loadForPage } from "@/server/page-auth";
import { getStudentProgress, type AttemptScore, type StudentProgress } from "@/server/progress/get-student-progress";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export const metadata = { title: "Your progress" };

const questions = (n: number) => `${n} ${n === 1 ? "question" : "questions"}`;

export default async function ProgressPage() {
  if ((await getCurrentUser())?.role === "TEACHER") redirect("/teacher");
  const timeZone = await viewerTimeZone();
  const now = new Date();
  const progress = await loadForPage("/progress", async () => (await submitMyExpiredAttempts(), getStudentProgress({ now, timeZone })));

  return (
    <div className="space-y-10">
      <div className="space-y-1">
        <Link href="/dashboard" className="text-sm underline">← Your work</Link>
        <h1 className="font-serif text-3xl font-semibold">Your progress</h1>
      </div>

      <ReviewSummary review={progress.review} now={now} timeZone={timeZone} />

      <section aria-labelledby="mastery-heading" className="space-y-4">
        <h2 id="mastery-heading" className="text-xl font-semibold">Mastery by skill</h2>
        <p className="max-w-prose text-neutral-700 dark:text-neutral-300">
          From your graded quiz answers in each historical-thinking skill. Answers your teacher has not graded yet are not counted.
        </p>
        <MasteryList skills={progress.skills} />
        <section aria-labelledby="levels-heading" className="rounded-lg bg-neutral-100 p-4 dark:bg-neutral-900">
          <h3 id="levels-heading" className="mb-3 font-semibold">How levels work</h3>
          <MasteryRules />
        </section>
      </section>

      <section aria-labelledby="scores-heading" className="space-y-4">
        <h2 id="scores-heading" className="text-xl font-semibold">Quiz scores over time</h2>
        {progress.attempts.length === 0 ? (
          <p className="text-neutral-700 dark:text-neutral-300">No submitted quizzes yet. Your scores appear here once you turn in a quiz.</p>
        ) : (
          <>
            <ScoreChart points={progress.attempts} timeZone={timeZone} />
            <ScoreTable attempts={progress.attempts} now={now} timeZone={timeZone} />
          </>
        )}
      </section>
    </div>
  );
}

function ReviewSummary({ review, now, timeZone }: { review: StudentProgress["review"]; now: Date; timeZone: string }) {
  const next = review.nextDueAt;
  const when = next ? (
    <>
      {formatRelative(next, now)} (<time dateTime={next.toISOString()}>{formatAbsolute(next, now, timeZone)}</time>)
    </>
  ) : null;
  return (
    <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
      <h2 id="review-heading" className="text-xl font-semibold">Review queue</h2>
      {review.dueNow > 0 ? (
        <>
          <p className="text-lg" data-testid="review-due">
            <strong>{questions(review.dueNow)}</strong> to review now.
            {when && <> After that, the next comes back {when}.</>}
          </p>
          <Link href="/review" className={primaryButton}>Practise now</Link>
        </>
      ) : (
        <p className="text-lg" data-testid="review-due">
          {when ? <>Nothing to review right now. The next question comes back {when}.</> : "Nothing to review. Your queue is empty."}
        </p>
      )}
      <p className="max-w-prose text-sm text-neutral-700 dark:text-neutral-300">
        Questions you miss in a quiz come back {REVIEW_INTERVALS_DAYS[0]} day later; each time you get one right it waits longer (
        {REVIEW_INTERVALS_DAYS.slice(1).join(", ")} days), and after {REVIEW_INTERVALS_DAYS.length} right answers in a row it leaves the queue.
      </p>
    </section>
  );
}

function ScoreTable({ attempts, now, timeZone }: { attempts: readonly AttemptScore[]; now: Date; timeZone: string }) {
  const date = shortDate(timeZone);
  return (
    <details className="group rounded-lg border border-neutral-300 dark:border-neutral-700" open>
      <summary className="cursor-pointer px-4 py-3 font-medium">Every attempt as a table</summary>
      <div className="overflow-x-auto border-t border-neutral-300 dark:border-neutral-700" tabIndex={0} role="region" aria-labelledby="scores-caption">
        <table className="w-full text-left text-sm">
          <caption id="scores-caption" className="sr-only">Your submitted quiz attempts, oldest first</caption>
          <thead className="text-neutral-700 dark:text-neutral-300">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">Lesson</th>
              <th scope="col" className="hidden px-4 py-2 font-semibold sm:table-cell">Submitted</th>
              <th scope="col" className="px-4 py-2 text-right font-semibold">Score</th>
              <th scope="col" className="hidden px-4 py-2 font-semibold sm:table-cell">Status</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => {
              const submitted = <time dateTime={a.submittedAt.toISOString()} title={formatAbsolute(a.submittedAt, now, timeZone)}>{date(a.submittedAt)}</time>;
              const status = [a.late ? "Late" : "On time", a.provisional ? "awaiting grading" : null].filter(Boolean).join(", ");
              // On phones the date and status fold into the first two cells (the extra columns are display:none, so nothing is read twice).
              return (
                <tr key={a.id} className="border-t border-neutral-200 align-top dark:border-neutral-800">
                  <th scope="row" className="px-4 py-2 font-normal">
                    <Link href={a.resultsHref} className="font-medium underline underline-offset-4">{a.lessonTitle}</Link>
                    <span className="block text-neutral-700 dark:text-neutral-300">
                      Attempt {a.attemptNumber}
                      <span className="sm:hidden"> · {submitted}</span>
                    </span>
                  </th>
                  <td className="hidden whitespace-nowrap px-4 py-2 sm:table-cell">{submitted}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">
                    {a.percent}%<span className="block text-neutral-700 dark:text-neutral-300">{a.score} / {a.maxScore}</span>
                    <span className="block whitespace-normal text-neutral-700 sm:hidden dark:text-neutral-300">{status}</span>
                  </td>
                  <td className="hidden px-4 py-2 sm:table-cell">{status}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
