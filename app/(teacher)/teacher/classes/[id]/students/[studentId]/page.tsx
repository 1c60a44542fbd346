import type { Metadata } from "next";
import Link from "next/link";
import { AnswerView } from "@/components/grading/answer-view";
import { StudentHighlights } from "@/components/annotations/student-highlights";
import { Disclosure } from "@/components/grading/disclosure";
import { GradeForm } from "@/components/grading/grade-form";
import { OrganiserAnswers } from "@/components/organisers/organiser-answers";
import { QUESTION_TYPE_LABELS } from "@/lib/answer-text";
import { dueStatus, formatAbsolute } from "@/lib/dates";
import { isTeacherGraded } from "@/lib/grading";
import { submitExpiredAttemptsInClass } from "@/server/attempts/expire-attempts";
import { getStudentWork, type WorkAnswer, type WorkAttempt } from "@/server/grading/get-student-work";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/students/[studentId]">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Student work") };
}

const STATUS_TEXT = { upcoming: "Not started", "due-soon": "Due soon", late: "Turned in late", missing: "Missing", done: "Turned in" } as const;
const muted = "text-neutral-700 dark:text-neutral-300";

export default async function StudentWorkPage({ params }: PageProps<"/teacher/classes/[id]/students/[studentId]">) {
  const { id, studentId } = await params;
  const [work, timeZone] = await loadForPage(`/teacher/classes/${id}/students/${studentId}`, async () => (await submitExpiredAttemptsInClass(id), Promise.all([getStudentWork({ classId: id, studentId }), viewerTimeZone()])));
  const { klass, student, assignments } = work;
  const now = new Date();
  const when = (d: Date) => <time dateTime={d.toISOString()}>{formatAbsolute(d, now, timeZone)}</time>;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <nav aria-label="Back" className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`/teacher/classes/${klass.id}`} className="underline">← {klass.name}</Link>
          <Link href={`/teacher/classes/${klass.id}/grading`} className="underline">Grading queue</Link>
        </nav>
        <h1 className="font-serif text-3xl font-semibold">{student.name}</h1>
        <p className={muted}>
          <span className="font-mono">{student.username ?? student.email}</span> · last active {student.lastActiveAt ? when(student.lastActiveAt) : "never"}
        </p>
      </div>

      {assignments.length === 0 ? (
        <p>Nothing has been assigned to this class yet.</p>
      ) : (
        <section aria-labelledby="summary-heading" className="space-y-3">
          <h2 id="summary-heading" className="text-xl font-semibold">Assignments</h2>
          <ul className="divide-y divide-neutral-200 border-y border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800">
            {assignments.map((a) => {
              const submitted = a.attempts.filter((t) => t.submittedAt);
              const latest = submitted.at(-1);
              const status = a.attempts.length > 0 && !latest ? "In progress" : STATUS_TEXT[dueStatus({ dueAt: a.dueAt, submittedAt: submitted[0]?.submittedAt ?? (a.readingOnly ? a.reading?.completedAt : null), now })];
              return (
                <li key={a.id} className="space-y-1 py-3">
                  <a href={`#assignment-${a.id}`} className="font-medium underline underline-offset-4">{a.lessonTitle}</a>
                  <p className={`flex flex-wrap gap-x-2 gap-y-1 text-sm ${muted}`}>
                    <span>Due {when(a.dueAt)}</span>
                    <span aria-hidden="true">·</span>
                    <span className={status === "Missing" || status === "Turned in late" ? "font-semibold text-amber-900 dark:text-amber-200" : undefined}>{status}</span>
                    {latest && (
                      <>
                        <span aria-hidden="true">·</span>
                        <span className="tabular-nums">
                          Latest score <Score attempt={latest} />
                        </span>
                      </>
                    )}
                    <span aria-hidden="true">·</span>
                    <span>Reading: {readingSummary(a.reading, a.paragraphCount)}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {assignments.map((a) => (
        <section key={a.id} id={`assignment-${a.id}`} aria-labelledby={`assignment-${a.id}-heading`} className="scroll-mt-4 space-y-4 border-t border-neutral-300 pt-6 dark:border-neutral-700">
          <div className="space-y-1">
            <h2 id={`assignment-${a.id}-heading`} className="text-2xl font-semibold">
              {a.lessonTitle}
              {a.unassigned && <span className="ml-2 rounded border border-neutral-500 px-1.5 py-0.5 align-middle text-xs font-semibold">Unassigned</span>}
            </h2>
            <p className={`text-sm ${muted}`}>
              {a.readingOnly ? "Reading" : "Quiz"} · due {when(a.dueAt)}
            </p>
            <p className="text-sm">
              <span className="font-medium">Reading:</span> {readingSummary(a.reading, a.paragraphCount)}
              {a.reading?.completedAt && <> · marked as read {when(a.reading.completedAt)}</>}
              {a.reading && <> · last read {when(a.reading.updatedAt)}</>}
            </p>
          </div>
          {a.organiser && <OrganiserAnswers organiser={a.organiser.organiser} cells={a.organiser.cells} updated={a.organiser.updatedAt ? when(a.organiser.updatedAt) : null} />}
          {a.readingOnly ? null : a.attempts.length === 0 ? (
            <p>No attempts yet.</p>
          ) : (
            a.attempts.map((attempt) => (
              <AttemptSection key={attempt.id} attempt={attempt} lessonTitle={a.lessonTitle} studentName={student.name} when={when} />
            ))
          )}
          <StudentHighlights annotations={a.annotations} studentName={student.name} classAnnotationsHref={`/teacher/classes/${klass.id}/assignments/${a.id}/annotations`} />
        </section>
      ))}
    </div>
  );
}

function AttemptSection({ attempt, lessonTitle, studentName, when }: { attempt: WorkAttempt; lessonTitle: string; studentName: string; when: (d: Date) => React.ReactNode }) {
  const headingId = `attempt-${attempt.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold">
          Attempt {attempt.number}
          <span className="sr-only">, {lessonTitle}</span>
        </h3>
        <p className="text-lg font-semibold tabular-nums">{attempt.submittedAt ? <Score attempt={attempt} /> : "In progress"}</p>
      </div>
      <p className={`flex flex-wrap items-center gap-x-2 gap-y-1 text-sm ${muted}`}>
        <span>Started {when(attempt.startedAt)}</span>
        <span aria-hidden="true">·</span>
        <span>{attempt.submittedAt ? <>Submitted {when(attempt.submittedAt)}</> : "Not submitted"}</span>
        {attempt.late && <span className="rounded border border-amber-600 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:text-amber-200">Late</span>}
        {attempt.awaitingGrading && <span className="rounded border border-neutral-500 px-1.5 py-0.5 text-xs font-semibold">Awaiting grading</span>}
      </p>
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {attempt.answers.map((answer) => (
          <AnswerItem key={answer.questionId} attemptId={attempt.id} answer={answer} studentName={studentName} submitted={attempt.submittedAt !== null} when={when} />
        ))}
      </ol>
    </article>
  );
}

function AnswerItem({ attemptId, answer, studentName, submitted, when }: { attemptId: string; answer: WorkAnswer; studentName: string; submitted: boolean; when: (d: Date) => React.ReactNode }) {
  const score = answer.score ?? 0;
  const verdict = score >= answer.maxPoints ? "Correct" : score > 0 ? "Partly correct" : "Incorrect";
  const scoreText = !submitted ? "Not graded yet" : answer.pending ? `Awaiting grading · — / ${answer.maxPoints}` : `${isTeacherGraded(answer.type) ? "" : `${verdict} · `}${score} / ${answer.maxPoints}`;
  return (
    <li className="space-y-2 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h4 className="font-semibold">
          Question {answer.number} <span className={`text-sm font-normal ${muted}`}>· {QUESTION_TYPE_LABELS[answer.type]}</span>
        </h4>
        <p className="text-sm font-medium tabular-nums" data-testid={`score-${answer.questionId}`}>{scoreText}</p>
      </div>
      <p>{answer.prompt}</p>
      <div>
        <p className={`text-sm font-medium ${muted}`}>Answer</p>
        <AnswerView answer={answer.answer} />
      </div>
      {answer.feedback && (
        <p className="rounded-md bg-neutral-100 p-3 text-sm whitespace-pre-wrap dark:bg-neutral-800">
          <span className="font-semibold">Comment to the student:</span> {answer.feedback}
        </p>
      )}
      {answer.history.length > 0 && (
        <div className="text-sm">
          <p className="font-medium">Grade history</p>
          <ol className="mt-1 list-disc space-y-1 pl-5">
            {answer.history.map((h) => (
              <li key={h.id}>
                {when(h.at)} · {h.grader}: {h.oldScore === null ? "ungraded" : h.oldScore} → {h.newScore}
                {h.comment && <span className={muted}> · “{h.comment}”</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
      {answer.gradable && (
        <Disclosure
          initiallyOpen={answer.pending}
          className="rounded-lg bg-neutral-50 p-3 dark:bg-neutral-900"
          summary={
            <>
              {answer.pending ? "Grade" : "Regrade"}
              <span className="sr-only"> question {answer.number}</span>
            </>
          }
        >
          <div className="mt-3">
            <GradeForm
              attemptId={attemptId}
              questionId={answer.questionId}
              maxPoints={answer.maxPoints}
              rubric={answer.rubric}
              context={`${studentName}, question ${answer.number}`}
              initialScore={answer.score}
              initialComment={answer.feedback}
              submitLabel={answer.pending ? "Save grade" : "Save new grade"}
            />
          </div>
        </Disclosure>
      )}
    </li>
  );
}

function Score({ attempt }: { attempt: Pick<WorkAttempt, "score" | "maxScore" | "awaitingGrading"> }) {
  return (
    <>
      {attempt.score ?? 0} / {attempt.maxScore ?? 0}
      {attempt.awaitingGrading && <span className="sr-only"> (awaiting grading)</span>}
    </>
  );
}

function readingSummary(reading: { paragraphsReached: number; secondsOnText: number; completedAt: Date | null } | null, paragraphCount: number) {
  if (!reading) return "Not opened";
  const minutes = Math.round(reading.secondsOnText / 60);
  const time = reading.secondsOnText < 60 ? "under a minute" : `${minutes} min`;
  return `${Math.min(reading.paragraphsReached, paragraphCount)} of ${paragraphCount} paragraphs · ${time} on the text${reading.completedAt ? " · done" : ""}`;
}
