import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { listAssignableLessons } from "@/server/assignments/list-lessons";
import { getClassRoster } from "@/server/classes/list-classes";
import { loadForPage } from "@/server/page-auth";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/assignments/new">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Assign a lesson") };
}

export default async function NewAssignmentPage({ params, searchParams }: PageProps<"/teacher/classes/[id]/assignments/new">) {
  const { id } = await params;
  const { lesson } = await searchParams;
  const [{ klass }, lessons] = await loadForPage(`/teacher/classes/${id}/assignments/new`, () => Promise.all([getClassRoster(id), listAssignableLessons()]));
  const now = new Date();
  const due = new Date(now.getTime() + 7 * 86_400_000);
  due.setUTCHours(22, 0, 0, 0);
  const first = lessons.find((l) => l.id === lesson) ?? lessons[0];
  return (
    <div className="space-y-6">
      <Link href={`/teacher/classes/${klass.id}`} className="text-sm underline">← {klass.name}</Link>
      <h1 className="font-serif text-3xl font-semibold">Assign a lesson to {klass.name}</h1>
      {lessons.length === 0 ? (
        <p>No lessons are available yet.</p>
      ) : (
        <AssignmentForm
          mode="create"
          classId={klass.id}
          lessons={lessons.map((l) => ({ id: l.id, title: l.title, questions: l._count.questions, standards: l.standards, hasGuide: l.hasGuide }))}
          values={{ lessonId: first!.id, opensAt: now.toISOString(), dueAt: due.toISOString(), latePolicy: "ACCEPT_LATE", attemptsAllowed: 1, revealPolicy: "AFTER_SUBMISSION", timeLimitMinutes: null, readingOnly: false, shuffleOptions: true, shuffleQuestions: false }}
        />
      )}
    </div>
  );
}
