import Link from "next/link";
import QuizPlayer from "@/components/quiz/quiz-player";
import { QuestionForm } from "@/components/questions/question-form";
import { questionToDraft, TYPE_LABELS } from "@/lib/authoring/question-draft";
import { loadForPage } from "@/server/page-auth";
import { getTeacherQuestion } from "@/server/questions/get-teacher-question";

export const metadata = { title: "Your question" };

export default async function TeacherQuestionPage({ params }: PageProps<"/teacher/questions/[questionId]">) {
  const { questionId } = await params;
  const question = await loadForPage(`/teacher/questions/${questionId}`, () => getTeacherQuestion(questionId));
  return (
    <div className="space-y-8">
      {question.usedIn[0] ? (
        <Link href={`/teacher/classes/${question.usedIn[0].classId}/assignments/${question.usedIn[0].assignmentId}/questions`} className="text-sm underline">
          ← Back to the assignment&apos;s questions
        </Link>
      ) : (
        <Link href="/teacher/questions" className="text-sm underline">← The questions you have written</Link>
      )}
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Your question</h1>
        <p>
          {TYPE_LABELS[question.definition.type]} · version {question.version} · answered {question.answers} {question.answers === 1 ? "time" : "times"}.
          {question.answers > 0 && " Saving a change makes a new version: work already started or submitted keeps the version it was given, and its score."}
        </p>
        {question.retiredAt && (
          <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            Retired: no new attempt gets this question. Restore it from{" "}
            <Link href="/teacher/questions" className="underline">the questions you have written</Link>.
          </p>
        )}
        {question.usedIn.length > 0 && (
          <p className="text-sm">Used in: {question.usedIn.map((u) => `${u.lessonTitle} (${u.className})`).join("; ")}.</p>
        )}
      </div>

      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-xl font-semibold">Preview as a student</h2>
        <p className="text-sm">What a student sees of version {question.version}: no answer, choices in one student&apos;s order. Nothing you do here is saved.</p>
        <QuizPlayer view={question.preview} preview />
      </section>

      <section aria-labelledby="edit-heading" className="space-y-3 border-t border-neutral-300 pt-6 dark:border-neutral-700">
        <h2 id="edit-heading" className="text-xl font-semibold">Edit</h2>
        <QuestionForm mode="edit" questionId={question.questionId} documents={question.documents} initial={questionToDraft(question.definition)} />
      </section>
    </div>
  );
}
