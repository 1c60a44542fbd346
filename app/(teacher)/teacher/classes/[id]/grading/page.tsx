import type { Metadata } from "next";
import Link from "next/link";
import { ArgumentView, MostCited } from "@/components/argument/argument-view";
import { AnswerText } from "@/components/grading/answer-view";
import { ArgumentGradeForm } from "@/components/grading/argument-grade-form";
import { GradeForm } from "@/components/grading/grade-form";
import { GradingAnnouncer } from "@/components/grading/grading-announcer";
import { Rubric, rubricLevelIds } from "@/components/grading/rubric";
import { formatAbsolute } from "@/lib/dates";
import { submitExpiredAttemptsInClass } from "@/server/attempts/expire-attempts";
import { listGradingQueue, type QueueAnswer, type QueueQuestion } from "@/server/grading/list-grading-queue";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/grading">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Grading queue") };
}

const anchor = (a: Pick<QueueAnswer, "attemptId" | "questionId">) => `answer-${a.attemptId}-${a.questionId.replace(/[^a-z0-9]+/gi, "-")}`;

export default async function GradingQueuePage({ params }: PageProps<"/teacher/classes/[id]/grading">) {
  const { id } = await params;
  const [queue, timeZone] = await loadForPage(`/teacher/classes/${id}/grading`, async () => (await submitExpiredAttemptsInClass(id), Promise.all([listGradingQueue(id), viewerTimeZone()])));
  const { klass, groups, recent, pendingTotal, shown } = queue;
  const now = new Date();
  const order = groups.flatMap((g) => g.answers.map(anchor));
  const nextAfter = (a: QueueAnswer) => order[order.indexOf(anchor(a)) + 1] ?? "queue-summary";
  const studentHref = (studentId: string) => `/teacher/classes/${klass.id}/students/${studentId}`;

  return (
    <GradingAnnouncer>
      <div className="space-y-10">
        <div className="space-y-2">
          <Link href={`/teacher/classes/${klass.id}`} className="text-sm underline">← {klass.name}</Link>
          <h1 className="font-serif text-3xl font-semibold">Grading queue</h1>
          <p id="queue-summary" tabIndex={-1} className="text-neutral-700 dark:text-neutral-300" data-testid="pending-count">
            {pendingTotal === 0
              ? "Nothing to grade: every submitted open response and argument has a score."
              : `${pendingTotal} answer${pendingTotal === 1 ? "" : "s"} to grade, oldest first.${shown < pendingTotal ? ` Showing the oldest ${shown}; grade these to see the rest.` : ""}`}
          </p>
        </div>

        {groups.map((group) => {
          const headingId = `q-${group.assignmentId}-${group.questionId.replace(/[^a-z0-9]+/gi, "-")}`;
          return (
            <section key={headingId} aria-labelledby={headingId} className="space-y-4">
              <QuestionHeader question={group} headingId={headingId} rubricIdPrefix={`${headingId}-rubric`} />
              <ol className="space-y-4">
                {group.answers.map((a) => (
                  <li key={a.key}>
                    <article aria-labelledby={anchor(a)} className="space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
                      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                        <h3 id={anchor(a)} tabIndex={-1} className="text-lg font-semibold">
                          <Link href={studentHref(a.studentId)} className="underline-offset-4 hover:underline">{a.studentName}</Link>
                        </h3>
                        <AttemptLine answer={a} now={now} timeZone={timeZone} />
                      </div>
                      <WorkToGrade
                        answer={a}
                        question={group}
                        context={`${a.studentName}, question ${group.number}`}
                        levelDescriptionIds={rubricLevelIds(`${headingId}-rubric`, group.rubric)}
                        nextFocusId={nextAfter(a)}
                      />
                    </article>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}

        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-xl font-semibold">Recently graded</h2>
          {recent.length === 0 ? (
            <p>Nothing graded yet.</p>
          ) : (
            <ul className="divide-y divide-neutral-200 border-y border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800">
              {recent.map((a) => (
                <li key={a.key} className="space-y-2 py-3">
                  <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <Link href={studentHref(a.studentId)} className="font-medium underline-offset-4 hover:underline">{a.studentName}</Link>
                    <span className="text-sm text-neutral-700 dark:text-neutral-300">
                      {a.lessonTitle}, question {a.number}
                    </span>
                    <span className="font-semibold tabular-nums">
                      {a.score} / {a.maxPoints}
                    </span>
                    {a.gradedAt && (
                      <span className="text-sm text-neutral-700 dark:text-neutral-300">
                        graded <time dateTime={a.gradedAt.toISOString()}>{formatAbsolute(a.gradedAt, now, timeZone)}</time>
                      </span>
                    )}
                  </div>
                  {a.feedback && <p className="line-clamp-2 whitespace-pre-wrap text-sm">Comment: {a.feedback}</p>}
                  <details className="group">
                    <summary className="cursor-pointer text-sm font-medium underline underline-offset-4">
                      Regrade<span className="sr-only"> {a.studentName}, {a.lessonTitle}, question {a.number}</span>
                    </summary>
                    <div className="mt-3 space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
                      <p className="font-medium">{a.prompt}</p>
                      <WorkToGrade answer={a} question={a} context={`${a.studentName}, question ${a.number}`} regrade />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </GradingAnnouncer>
  );
}

type WorkProps = {
  answer: QueueAnswer;
  question: QueueQuestion;
  /** Read after each label by screen readers: the student and the question. */
  context: string;
  levelDescriptionIds?: string[];
  nextFocusId?: string;
  /** A grade already given: the form starts from it and saves a new one. */
  regrade?: boolean;
};

/** The student's work and its grade form: per rubric criterion for an argument, a score for an open response. */
function WorkToGrade({ answer: a, question, context, levelDescriptionIds, nextFocusId, regrade = false }: WorkProps) {
  const previous = regrade ? { initialComment: a.feedback, submitLabel: "Save new grade" } : {};
  if (a.argument && question.argumentTask) {
    return (
      <>
        <ArgumentView argument={a.argument} inContext headingLevel={4} />
        <ArgumentGradeForm attemptId={a.attemptId} questionId={a.questionId} rubric={question.argumentTask.rubric} context={context} nextFocusId={nextFocusId} initialScores={regrade ? a.argument.scores : null} {...previous} />
      </>
    );
  }
  return (
    <>
      <AnswerText text={a.text} />
      <GradeForm attemptId={a.attemptId} questionId={a.questionId} maxPoints={a.maxPoints} rubric={question.rubric} levelDescriptionIds={levelDescriptionIds} context={context} nextFocusId={nextFocusId} initialScore={regrade ? a.score : null} {...previous} />
    </>
  );
}

function QuestionHeader({ question, headingId, rubricIdPrefix }: { question: QueueQuestion; headingId: string; rubricIdPrefix: string }) {
  return (
    <div className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {question.lessonTitle} — question {question.number}
        {question.unassigned && <span className="ml-2 rounded border border-neutral-500 px-1.5 py-0.5 align-middle text-xs font-semibold">Unassigned</span>}
      </h2>
      <p>{question.prompt}</p>
      {question.argumentTask ? (
        <div className="rounded-lg bg-neutral-100 p-3 dark:bg-neutral-800">
          <h3 className="mb-2 text-sm font-semibold">Most-cited sentences in this class</h3>
          <MostCited cited={question.argumentTask.mostCited} answersCounted={question.argumentTask.answersCounted} />
          <p className="mt-2 text-sm">Each argument below is graded per criterion; open “Exemplar” under a level to compare.</p>
        </div>
      ) : (
      <div className="rounded-lg bg-neutral-100 p-3 dark:bg-neutral-800">
        <p className="mb-2 text-sm font-semibold">Rubric</p>
        <Rubric rubric={question.rubric} idPrefix={rubricIdPrefix} />
        {question.sampleAnswer && (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium">Sample answer</summary>
            <p className="mt-2 whitespace-pre-wrap">{question.sampleAnswer}</p>
          </details>
        )}
      </div>
      )}
    </div>
  );
}

function AttemptLine({ answer, now, timeZone }: { answer: QueueAnswer; now: Date; timeZone: string }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-neutral-700 dark:text-neutral-300">
      <span>
        Attempt {answer.attemptNumber} · submitted <time dateTime={answer.submittedAt.toISOString()}>{formatAbsolute(answer.submittedAt, now, timeZone)}</time>
      </span>
      {answer.late && <span className="rounded border border-amber-600 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:text-amber-200">Late</span>}
    </p>
  );
}
