import type { Metadata } from "next";
import Link from "next/link";
import { ArgumentResultView } from "@/components/argument/argument-result";
import { AnnotationList } from "@/components/annotations/annotation-list";
import { StartAttemptButton } from "@/components/assignments/start-attempt-button";
import { ResultQuestion } from "@/components/results/result-question";
import { ResultSummaryStrip } from "@/components/results/result-summary";
import { summarise } from "@/lib/results/verdict";
import { formatAbsolute } from "@/lib/dates";
import { REVEAL_LABELS, revealForStudents } from "@/lib/reveal-policy";
import { assignmentPageTitle } from "@/server/assignments/assignment-page-title";
import { submitMyExpiredAttempts } from "@/server/attempts/expire-attempts";
import { getResults } from "@/server/attempts/get-results";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export async function generateMetadata({ params }: PageProps<"/assignments/[id]/attempts/[attemptId]/results">): Promise<Metadata> {
  return { title: await assignmentPageTitle((await params).id, "Results") };
}

export default async function ResultsPage({ params }: PageProps<"/assignments/[id]/attempts/[attemptId]/results">) {
  const { id, attemptId } = await params;
  // An attempt whose time ran out is submitted first, so its results are here.
  const load = async () => (await submitMyExpiredAttempts(), getResults({ attemptId }));
  const [results, timeZone] = await Promise.all([loadForPage(`/assignments/${id}/attempts/${attemptId}/results`, load), viewerTimeZone()]);
  const { attempt, assignment, items, excerpts, canRetake, annotations } = results;
  // Counts only when the policy shows each question's result; otherwise the total alone.
  const summary = items.every((i) => i.marks) ? summarise(items.map((i) => i.marks!.verdict)) : null;
  const now = new Date();
  const percent = attempt.maxScore ? Math.round(((attempt.score ?? 0) / attempt.maxScore) * 100) : 0;

  return (
    <div className="max-w-[70ch] space-y-8">
      <div className="space-y-2">
        <Link href={`/assignments/${assignment.id}`} className="text-sm underline">← {assignment.lessonTitle}</Link>
        <h1 className="font-serif text-3xl font-semibold">Results — attempt {attempt.number}</h1>
        <p>
          Submitted <time dateTime={attempt.submittedAt.toISOString()}>{formatAbsolute(attempt.submittedAt, now, timeZone)}</time>
          {attempt.late && <span className="ml-2 rounded border border-amber-600 px-1.5 py-0.5 text-xs font-semibold">Late</span>}
        </p>
        <ResultSummaryStrip score={attempt.score ?? 0} maxScore={attempt.maxScore} percent={percent} summary={summary} provisional={attempt.awaitingGrading} />
        {attempt.awaitingGrading && <p className="font-medium">Some answers are awaiting grading by your teacher; your score may go up.</p>}
        <p className="text-neutral-700 dark:text-neutral-300" data-testid="reveal-policy">
          <span className="font-medium">Answers shown: {REVEAL_LABELS[assignment.revealPolicy].toLowerCase()}.</span>{" "}
          {revealForStudents(assignment.revealPolicy, formatAbsolute(assignment.dueAt, now, timeZone))}
        </p>
        {canRetake && <StartAttemptButton assignmentId={assignment.id} label="Try again" />}
      </div>

      <ol className="space-y-4">
        {items.map((item) => (
          <ResultQuestion
            key={item.questionId}
            number={item.number}
            prompt={item.prompt}
            maxPoints={item.maxPoints}
            answered={item.answered}
            adjustmentNote={item.adjustmentNote}
            excerpts={excerpts}
            ownView={item.argument && <ArgumentResultView argument={item.argument} />}
            marks={item.marks && { score: item.marks.score, verdict: item.marks.verdict, yourAnswer: item.marks.yourAnswer, correctAnswer: item.marks.correctAnswer, explanation: item.marks.feedback.explanation, evidence: item.marks.feedback.evidence, teacherComment: item.marks.teacherComment }}
          />
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
