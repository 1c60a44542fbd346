import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { RemoveAssignmentButton } from "@/components/assignments/remove-assignment-button";
import { findOwnAssignment } from "@/server/assignments/manage-assignment";
import { listAssignableLessons } from "@/server/assignments/list-lessons";
import { loadForPage } from "@/server/page-auth";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Edit assignment") };
}

export default async function EditAssignmentPage({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]">) {
  const { id, assignmentId } = await params;
  const [assignment, lessons] = await loadForPage(`/teacher/classes/${id}/assignments/${assignmentId}`, () => Promise.all([findOwnAssignment(assignmentId), listAssignableLessons()]));
  const lesson = lessons.find((l) => l.id === assignment.lessonId);
  return (
    <div className="space-y-6">
      <Link href={`/teacher/classes/${assignment.classId}`} className="text-sm underline">← Back to the class</Link>
      <h1 className="font-serif text-3xl font-semibold">Edit assignment: {lesson?.title}</h1>
      <p>
        <Link href={`/teacher/lessons/${assignment.lessonId}/preview`} className="underline">Preview the quiz as a student</Link>
        {lesson?.hasGuide && (
          <>
            {" · "}
            <Link href={`/teacher/lessons/${assignment.lessonId}/guide`} className="underline">Teacher guide</Link>
          </>
        )}
        {assignment._count.attempts > 0 && ` · ${assignment._count.attempts} attempt${assignment._count.attempts === 1 ? "" : "s"} so far, so the lesson cannot change.`}
      </p>
      <p>
        <Link href={`/teacher/classes/${assignment.classId}/assignments/${assignment.id}/questions`} className="underline">Add your own questions</Link>
      </p>
      <AssignmentForm
        mode="edit"
        assignmentId={assignment.id}
        lessons={lessons.filter((l) => assignment._count.attempts === 0 || l.id === assignment.lessonId).map((l) => ({ id: l.id, title: l.title, questions: l._count.questions, standards: l.standards, hasGuide: l.hasGuide }))}
        values={{ ...assignment, opensAt: assignment.opensAt.toISOString(), dueAt: assignment.dueAt.toISOString() }}
      />
      <section aria-labelledby="unassign-heading" className="space-y-2 border-t border-neutral-300 pt-6 dark:border-neutral-700">
        <h2 id="unassign-heading" className="text-lg font-semibold">Unassign</h2>
        <p className="text-sm">Students will no longer see it. Submitted work is kept.</p>
        <RemoveAssignmentButton assignmentId={assignment.id} />
      </section>
    </div>
  );
}
