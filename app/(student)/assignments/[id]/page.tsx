import type { Metadata } from "next";
import Link from "next/link";
import { DueLabel } from "@/components/assignments/due-label";
import { ReadingTracker } from "@/components/assignments/reading-tracker";
import { AnnotationLayer } from "@/components/annotations/annotation-layer";
import { requirementOf } from "@/lib/annotations/requirement";
import { MarkReadButton, StartAttemptButton } from "@/components/assignments/start-attempt-button";
import { OrganiserForm } from "@/components/organisers/organiser-form";
import { ExcerptQuestions, HeadNote } from "@/components/reader/head-note";
import { buttonClass } from "@/components/ui/button-class";
import { dueStatus, formatAbsolute } from "@/lib/dates";
import { REVEAL_LABELS, revealForStudents } from "@/lib/reveal-policy";
import { submitMyExpiredAttempts } from "@/server/attempts/expire-attempts";
import { assignmentPageTitle } from "@/server/assignments/assignment-page-title";
import { getStudentAssignment } from "@/server/assignments/get-student-assignment";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export async function generateMetadata({ params }: PageProps<"/assignments/[id]">): Promise<Metadata> {
  return { title: await assignmentPageTitle((await params).id) };
}

export default async function AssignmentPage({ params }: PageProps<"/assignments/[id]">) {
  const { id } = await params;
  const [data, timeZone] = await Promise.all([loadForPage(`/assignments/${id}`, async () => (await submitMyExpiredAttempts(), getStudentAssignment(id))), viewerTimeZone()]);
  const { assignment, lesson, excerpts, attempts, openAttempt, canStart, reading, own, organiser, studentId, annotations } = data;
  const now = new Date();
  const submitted = attempts.filter((a) => a.submittedAt);
  const finishedAt = assignment.readingOnly ? (reading?.completedAt ?? null) : (submitted[0]?.submittedAt ?? null);
  const paragraphCount = excerpts.reduce((n, e) => n + e.paragraphs.length, 0);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/dashboard" className="text-sm underline">← Your work</Link>
        <h1 className="font-serif text-3xl font-semibold">{assignment.lesson.title}</h1>
        <DueLabel dueAt={own.dueAt} status={dueStatus({ dueAt: own.dueAt, submittedAt: finishedAt, now })} now={now} timeZone={timeZone} />
        <p className="text-lg italic">{lesson.centralQuestion}</p>
      </div>

      <section aria-labelledby="rules-heading" className="rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
        <h2 id="rules-heading" className="font-semibold">{assignment.readingOnly ? "Reading assignment" : "Quiz"}</h2>
        {!assignment.readingOnly && (
          <ul className="mt-1 list-disc pl-5 text-sm">
            <li>{assignment.attemptsAllowed === null ? "Unlimited attempts" : `${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"} (${attempts.length} used)`}</li>
            <li data-testid="time-limit">{own.timeNote ?? (assignment.timeLimitMinutes ? `Time limit: ${assignment.timeLimitMinutes} minutes once you start` : "No time limit")}</li>
            <li data-testid="reveal-policy">
              Answers shown: {REVEAL_LABELS[assignment.revealPolicy].toLowerCase()}. {revealForStudents(assignment.revealPolicy, formatAbsolute(assignment.dueAt, now, timeZone))}
            </li>
            <li>{assignment.latePolicy === "CLOSE_AT_DUE" ? "Closes at the due time" : "Late work is accepted and marked late"}</li>
            <li>Every answer is saved as you go. No points for speed.</li>
          </ul>
        )}
        <div className="mt-4">
          {assignment.readingOnly ? (
            reading?.completedAt ? <p className="font-medium">You marked this as read on {formatAbsolute(reading.completedAt, now, timeZone)}.</p> : <MarkReadButton assignmentId={assignment.id} paragraphs={paragraphCount} />
          ) : openAttempt ? (
            <Link href={`/assignments/${assignment.id}/attempts/${openAttempt.id}`} className={buttonClass()}>Resume the quiz</Link>
          ) : canStart.ok ? (
            <StartAttemptButton assignmentId={assignment.id} label={attempts.length ? "Try again" : "Start the quiz"} />
          ) : (
            <p>{canStart.reason}</p>
          )}
        </div>
        {submitted.length > 0 && (
          <ul className="mt-4 space-y-1 text-sm">
            {submitted.map((a) => (
              <li key={a.id}>
                <Link href={`/assignments/${assignment.id}/attempts/${a.id}/results`} className="underline">Attempt {a.number}</Link>
                {" — "}
                {a.awaitingGrading ? "awaiting grading" : a.score !== null && a.maxScore ? `${a.score} / ${a.maxScore}` : "submitted"}
                {a.late ? " (late)" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="read-heading" id="assignment-reading" className="space-y-6">
        <h2 id="read-heading" className="text-xl font-semibold">Read first</h2>
        <AnnotationLayer
          assignmentId={assignment.id}
          authorId={studentId}
          mode="student"
          excerpts={excerpts.map((e) => ({ sourceId: e.source.id, title: e.source.title, recipient: e.source.recipients[0]?.name ?? "", paragraphs: e.paragraphs.map(({ id, number, sentences }) => ({ id, number, sentences })) }))}
          mine={annotations.mine}
          others={annotations.model}
          requirement={requirementOf(assignment)}
          linkSources
          around={Object.fromEntries(excerpts.map((e) => [e.source.id, { before: e.headNote && <HeadNote note={e.headNote} headingLevel={4} />, after: <ExcerptQuestions questions={e.questions} label={e.source.title} /> }]))}
        />
        <ReadingTracker assignmentId={assignment.id} containerId="assignment-reading" />
      </section>

      {organiser && <OrganiserForm assignmentId={assignment.id} lessonId={organiser.lessonId} organiser={organiser.organiser} cells={organiser.cells} />}
    </div>
  );
}
