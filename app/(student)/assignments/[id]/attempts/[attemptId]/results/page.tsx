import Link from "next/link";
import { AnnotationList } from "@/components/annotations/annotation-list";
import { StartAttemptButton } from "@/components/assignments/start-attempt-button";
import { formatAbsolute } from "@/lib/dates";
import { REVEAL_LABELS, revealForStudents } from "@/lib/reveal-policy";
import { submitMyExpiredAttempts } from "@/server/attempts/expire-attempts";
import { getResults, type ResultItem } from "@/server/attempts/get-results";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export const metadata = { title: "Results" };

export default async function ResultsPage({ params }: PageProps<"/assignments/[id]/attempts/[attemptId]/results">) {
  const { id, attemptId } = await params;
  // An attempt whose time ran out is submitted first, so its results are here.
  const load = async () => (await submitMyExpiredAttempts(), getResults({ attemptId }));
  const [results, timeZone] = await Promise.all([loadForPage(`/assignments/${id}/attempts/${attemptId}/results`, load), viewerTimeZone()]);
  const { attempt, assignment, items, canRetake, annotations } = results;
  const now = new Date();
  const percent = attempt.maxScore ? Math.round(((attempt.score ?? 0) / attempt.maxScore) * 100) : 0;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href={`/assignments/${assignment.id}`} className="text-sm underline">← {assignment.lessonTitle}</Link>
        <h1 className="font-serif text-3xl font-semibold">Results — attempt {attempt.number}</h1>
        <p>
          Submitted <time dateTime={attempt.submittedAt.toISOString()}>{formatAbsolute(attempt.submittedAt, now, timeZone)}</time>
          {attempt.late && <span className="ml-2 rounded border border-amber-600 px-1.5 py-0.5 text-xs font-semibold">Late</span>}
        </p>
        <p className="text-2xl font-semibold" data-testid="score">
          {attempt.score ?? 0} / {attempt.maxScore} points ({percent}%)
        </p>
        {attempt.awaitingGrading && <p className="font-medium">Some answers are awaiting grading by your teacher; your score may go up.</p>}
        <p className="text-neutral-700 dark:text-neutral-300" data-testid="reveal-policy">
          <span className="font-medium">Answers shown: {REVEAL_LABELS[assignment.revealPolicy].toLowerCase()}.</span>{" "}
          {revealForStudents(assignment.revealPolicy, formatAbsolute(assignment.dueAt, now, timeZone))}
        </p>
        {canRetake && <StartAttemptButton assignmentId={assignment.id} label="Try again" />}
      </div>

      <ol className="space-y-4">
        {items.map((item) => (
          <li key={item.questionId} className="rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
            <h2 className="font-semibold">Question {item.number}</h2>
            <p className="mt-1">{item.prompt}</p>
            <p className="mt-2 text-sm font-medium" data-testid={`result-${item.number}`}>
              {verdict(item)}
            </p>
            {item.marks && (
              <div className="mt-3 space-y-2 border-l-4 border-[var(--color-accent)] pl-3">
                <p>{item.marks.feedback.explanation}</p>
                <p className="text-sm">
                  Evidence:{" "}
                  {item.marks.feedback.evidence.map((e, i) => (
                    <span key={e.href}>
                      {i > 0 && "; "}
                      <Link href={e.href} className="underline">{e.label}</Link>
                    </span>
                  ))}
                </p>
              </div>
            )}
            {item.marks?.teacherComment && (
              <p className="mt-3 rounded-md bg-neutral-100 p-3 text-sm dark:bg-neutral-800">
                <span className="font-semibold">Teacher&apos;s comment:</span> {item.marks.teacherComment}
              </p>
            )}
          </li>
        ))}
      </ol>
      {annotations.mine.length + annotations.model.length > 0 && (
        <div className="space-y-6">
          <AnnotationList title="Your highlights" annotations={annotations.mine} quote={(a) => annotations.quotes[a.id] ?? ""} headingLevel={2} />
          {annotations.model.length > 0 && <AnnotationList title="From your teacher" annotations={annotations.model} quote={(a) => annotations.quotes[a.id] ?? ""} headingLevel={2} />}
        </div>
      )}
    </div>
  );
}

/** One question's line: how it went and its points when the policy shows them, else only whether it was answered. */
function verdict(item: ResultItem): string {
  if (!item.marks) return item.answered ? "Answered" : "Not answered";
  if (!item.answered) return `Not answered · 0 / ${item.maxPoints} points`;
  if (item.marks.pending) return `Awaiting grading · — / ${item.maxPoints} points`;
  const score = item.marks.score ?? 0;
  return `${item.marks.feedback.correct ? "Correct" : score > 0 ? "Partly correct" : "Incorrect"} · ${score} / ${item.maxPoints} points`;
}
