import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddQuestionForm } from "@/components/questions/add-question-form";
import { QuestionForm } from "@/components/questions/question-form";
import { RemoveFromAssignment } from "@/components/questions/remove-from-assignment";
import { StatusNote } from "@/components/ui/status-note";
import { emptyDraft, TYPE_LABELS } from "@/lib/authoring/question-draft";
import { classPageTitle } from "@/server/classes/class-page-title";
import { loadForPage } from "@/server/page-auth";
import { listAssignmentQuestions } from "@/server/questions/list-assignment-questions";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/questions">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Your questions") };
}

const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";

export default async function AssignmentQuestionsPage({ params, searchParams }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/questions">) {
  const { id, assignmentId } = await params;
  const { added, removed } = await searchParams;
  const page = await loadForPage(`/teacher/classes/${id}/assignments/${assignmentId}/questions`, () => listAssignmentQuestions(assignmentId));
  if (page.assignment.classId !== id) notFound();
  const { assignment, questions, retired, bank, documents } = page;
  const firstSource = documents.find((d) => d.id === KUZNETSOV)?.id ?? documents[0]?.id ?? "";

  return (
    <div className="space-y-8">
      <Link href={`/teacher/classes/${id}/assignments/${assignmentId}`} className="text-sm underline">
        ← Back to the assignment
      </Link>
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Your questions: {assignment.lessonTitle}</h1>
        <p>
          Students answer the lesson&apos;s {assignment.lessonQuestions} question{assignment.lessonQuestions === 1 ? "" : "s"}, then these, in this order. Attempts started before you add
          or change a question keep the questions they began with.
        </p>
        <p className="text-sm">
          <Link href="/teacher/questions" className="underline">All the questions you have written</Link>
        </p>
      </div>
      {typeof removed === "string" && (
        <StatusNote>Question removed from this assignment. Attempts already started keep it, and it is still in your questions below.</StatusNote>
      )}
      {typeof added === "string" && (
        <StatusNote>Question added. Students starting the assignment from now on will get it.</StatusNote>
      )}

      <section aria-labelledby="on-it-heading" className="space-y-3">
        <h2 id="on-it-heading" className="text-xl font-semibold">On this assignment</h2>
        {questions.length === 0 ? (
          <p>None yet: write one below.</p>
        ) : (
          <ol className="space-y-2" start={assignment.lessonQuestions + 1}>
            {questions.map((q, i) => (
              <li key={q.questionId} className="rounded-lg border border-neutral-300 p-3 dark:border-neutral-700">
                <p className="text-sm text-neutral-700 dark:text-neutral-300">
                  Question {assignment.lessonQuestions + i + 1} · {TYPE_LABELS[q.definition.type]} · version {q.version}
                </p>
                <p className="font-medium">{q.definition.prompt}</p>
                <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
                  <Link href={`/teacher/questions/${q.questionId}`} className="text-sm underline">
                    Edit or preview<span className="sr-only">: {q.definition.prompt}</span>
                  </Link>
                  <RemoveFromAssignment assignmentId={assignmentId} questionId={q.questionId} prompt={q.definition.prompt} />
                </div>
              </li>
            ))}
          </ol>
        )}
        {retired.length > 0 && (
          <div className="max-w-3xl rounded-lg border border-dashed border-neutral-400 p-3 text-sm dark:border-neutral-600" data-testid="retired-on-assignment">
            <p>
              Retired, so given to no new attempt ({retired.length}): work already started keeps {retired.length === 1 ? "it" : "them"}. Restore from{" "}
              <Link href="/teacher/questions" className="underline">the questions you have written</Link>.
            </p>
            <ul className="mt-1 list-disc pl-5">
              {retired.map((q) => (
                <li key={q.questionId}>{q.definition.prompt}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {bank.length > 0 && (
        <section aria-labelledby="bank-heading" className="space-y-3">
          <h2 id="bank-heading" className="text-xl font-semibold">Add one you wrote before</h2>
          <AddQuestionForm
            fixed={{ name: "assignmentId", value: assignmentId }}
            options={bank.map((q) => ({ value: q.questionId, label: `${TYPE_LABELS[q.definition.type]}: ${q.definition.prompt.slice(0, 90)}` }))}
            selectId="bank-question"
            label="One of your questions"
            submitLabel="Add to this assignment"
          />
        </section>
      )}

      <section aria-labelledby="write-heading" className="space-y-3 border-t border-neutral-300 pt-6 dark:border-neutral-700">
        <h2 id="write-heading" className="text-xl font-semibold">Write a question</h2>
        <p className="text-sm">
          It is checked by the same rules as the lessons&apos; own questions. It stays in your questions, where you can add it to other
          assignments; only you can see or change it.
        </p>
        {/* A fresh, empty form after each question added. */}
        <QuestionForm key={typeof added === "string" ? added : "new"} mode="create" assignmentId={assignmentId} documents={documents} initial={emptyDraft("single-choice", firstSource)} />
      </section>
    </div>
  );
}
