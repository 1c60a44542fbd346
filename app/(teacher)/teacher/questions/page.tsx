import Link from "next/link";
import { AddQuestionForm } from "@/components/questions/add-question-form";
import { RetireQuestion } from "@/components/questions/retire-question";
import { StatusNote } from "@/components/ui/status-note";
import { TYPE_LABELS } from "@/lib/authoring/question-draft";
import { skillLabel } from "@/lib/content/labels";
import { loadForPage } from "@/server/page-auth";
import { listTeacherQuestions, type AssignmentChoice } from "@/server/questions/list-teacher-questions";
import type { TeacherQuestionRow } from "@/server/questions/teacher-question-row";

export const metadata = { title: "The questions you have written" };

export default async function TeacherQuestionsPage({ searchParams }: PageProps<"/teacher/questions">) {
  const { retired: justRetired, restored } = await searchParams;
  const { active, retired, assignments } = await loadForPage("/teacher/questions", () => listTeacherQuestions());
  return (
    <div className="space-y-8">
      <Link href="/teacher" className="text-sm underline">← Your classes</Link>
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">The questions you have written</h1>
        <p className="max-w-3xl">
          Only you can see or change them. To write one, open an assignment and choose &ldquo;Your questions&rdquo;. Students who start an
          assignment after you add a question get it; attempts already started keep the questions they began with.
        </p>
      </div>
      {typeof justRetired === "string" && (
        <StatusNote>Question retired. New attempts will not get it; work already started or submitted keeps it. It is under &ldquo;Retired&rdquo; below.</StatusNote>
      )}
      {typeof restored === "string" && <StatusNote>Question restored: it is back in your bank and on the assignments it was on.</StatusNote>}

      <section aria-labelledby="active-heading" className="space-y-3">
        <h2 id="active-heading" className="text-xl font-semibold">In use ({active.length})</h2>
        {active.length === 0 ? (
          <p className="text-neutral-700 dark:text-neutral-300">None yet. Open one of your classes, then an assignment, to write your first.</p>
        ) : (
          <QuestionList questions={active} assignments={assignments} />
        )}
      </section>

      {retired.length > 0 && (
        <section aria-labelledby="retired-heading" className="space-y-3 border-t border-neutral-300 pt-6 dark:border-neutral-700">
          <h2 id="retired-heading" className="text-xl font-semibold">Retired ({retired.length})</h2>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">Given to no new attempt. Work that has them keeps them and their scores.</p>
          <QuestionList questions={retired} assignments={[]} />
        </section>
      )}
    </div>
  );
}

function QuestionList({ questions, assignments }: { questions: TeacherQuestionRow[]; assignments: AssignmentChoice[] }) {
  return (
    <ul className="space-y-3">
      {questions.map((q) => {
        const notOnYet = assignments.filter((a) => !q.usedIn.some((u) => u.assignmentId === a.assignmentId));
        return (
          <li key={q.questionId} className="max-w-3xl space-y-1 rounded-lg border border-neutral-300 p-3 dark:border-neutral-700">
            <p className="text-sm text-neutral-700 dark:text-neutral-300">
              {TYPE_LABELS[q.definition.type]} · {skillLabel(q.definition.skill)} · {q.definition.points} point{q.definition.points === 1 ? "" : "s"} · version {q.version} ·
              answered {q.answers} {q.answers === 1 ? "time" : "times"}
            </p>
            <p className="font-medium">{q.definition.prompt}</p>
            <p className="text-sm">
              {q.usedIn.length === 0 ? (
                "On no assignment."
              ) : (
                <>
                  On:{" "}
                  {q.usedIn.map((u, i) => (
                    <span key={u.assignmentId}>
                      {i > 0 && "; "}
                      <Link href={`/teacher/classes/${u.classId}/assignments/${u.assignmentId}/questions`} className="underline">
                        {u.lessonTitle} ({u.className})
                      </Link>
                    </span>
                  ))}
                </>
              )}
            </p>
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2 pt-1">
              <Link href={`/teacher/questions/${q.questionId}`} className="text-sm underline">
                Edit or preview<span className="sr-only">: {q.definition.prompt}</span>
              </Link>
              <RetireQuestion questionId={q.questionId} prompt={q.definition.prompt} retired={q.retiredAt !== null} />
            </div>
            {!q.retiredAt && assignments.length > 0 && (
              <div className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
                <AddQuestionForm
                  fixed={{ name: "questionId", value: q.questionId }}
                  options={notOnYet.map((a) => ({ value: a.assignmentId, label: a.label }))}
                  selectId={`add-${q.questionId}`}
                  label={<>{q.usedIn.length > 0 ? "Add to another assignment" : "Add to an assignment"}<span className="sr-only">: {q.definition.prompt}</span></>}
                  submitLabel={<>Add<span className="sr-only"> to that assignment: {q.definition.prompt}</span></>}
                  whenNone="It is on every assignment of your classes."
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
