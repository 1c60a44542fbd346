import type { Metadata } from "next";
import Link from "next/link";
import { AnnotationLayer } from "@/components/annotations/annotation-layer";
import { ClassAnnotationMap } from "@/components/annotations/class-annotation-map";
import { ReplyForm } from "@/components/annotations/reply-form";
import { describeRun } from "@/lib/annotations/marks";
import { describeRequirement } from "@/lib/annotations/requirement";
import { annotationSkillLabel } from "@/lib/annotations/skills";
import { getClassAnnotations } from "@/server/annotations/get-class-annotations";
import { classPageTitle } from "@/server/classes/class-page-title";
import { loadForPage } from "@/server/page-auth";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/annotations">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Annotations") };
}

export default async function ClassAnnotationsPage({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/annotations">) {
  const { id, assignmentId } = await params;
  const { assignment, excerpts, requirement, counts, students, model, teacherId } = await loadForPage(`/teacher/classes/${id}/assignments/${assignmentId}/annotations`, () => getClassAnnotations(assignmentId));
  const texts = new Map(excerpts.flatMap((e) => e.paragraphs.flatMap((p) => p.sentences.map((s) => [`${e.sourceId}#${s.id}`, s.text] as const))));
  const annotators = students.filter((s) => s.annotations.length > 0).length;

  return (
    <div className="space-y-10">
      <div className="space-y-1">
        <Link href={`/teacher/classes/${assignment.classId}`} className="text-sm underline">← {assignment.class.name}</Link>
        <h1 className="font-serif text-3xl font-semibold">Annotations: {assignment.lesson.title}</h1>
        <p>
          {annotators} of {students.length} student{students.length === 1 ? "" : "s"} have highlighted the text.
          {requirement && ` Requirement: ${describeRequirement(requirement)}.`}
        </p>
      </div>

      {requirement && (
        <section aria-labelledby="met-heading" className="space-y-2">
          <h2 id="met-heading" className="text-xl font-semibold">Who met the requirement</h2>
          <table className="text-sm" data-cards-on-phone>
            <thead>
              <tr className="border-b border-neutral-300 text-left dark:border-neutral-700">
                <th scope="col" className="p-2">Student</th>
                <th scope="col" className="p-2">Sentences</th>
                <th scope="col" className="p-2">Met</th>
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.id} className="border-b border-neutral-200 dark:border-neutral-800">
                  <td className="p-2" data-label="Student">{s.name}</td>
                  <td className="p-2 tabular-nums" data-label="Sentences">{s.progress?.done ?? 0} of {s.progress?.count ?? 0}</td>
                  <td className="p-2" data-label="Met">{s.progress?.met ? "✓ Met" : "✗ Not yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="map-heading" className="space-y-3">
        <h2 id="map-heading" className="text-xl font-semibold">The class over the text</h2>
        <p className="max-w-3xl text-sm text-neutral-700 dark:text-neutral-300">Each sentence shows how many students highlighted it with each skill (a student counts once per sentence and skill).</p>
        <ClassAnnotationMap excerpts={excerpts} counts={counts} students={students.length} />
      </section>

      <section aria-labelledby="students-heading" className="space-y-4">
        <h2 id="students-heading" className="text-xl font-semibold">Each student&apos;s highlights</h2>
        {students.map((s) => (
          <section key={s.id} aria-label={s.name} className="space-y-2" data-testid={`student-annotations-${s.id}`}>
            <h3 className="font-semibold">
              <Link href={`/teacher/classes/${assignment.classId}/students/${s.id}`} className="underline">{s.name}</Link> ({s.annotations.length})
            </h3>
            {s.annotations.length === 0 ? (
              <p className="text-sm text-neutral-700 dark:text-neutral-300">No highlights yet.</p>
            ) : (
              <ul className="space-y-3">
                {s.annotations.map((a) => (
                  <li key={a.id} className="max-w-3xl rounded-lg border border-neutral-300 p-3 dark:border-neutral-700">
                    <p className="text-sm">
                      <span data-annotation-skill={a.skill} className="mr-2 px-1 font-semibold">{annotationSkillLabel(a.skill)}</span>
                      {excerpts.find((e) => e.sourceId === a.sourceId)?.title}, {describeRun(a.sentenceIds)}
                    </p>
                    <blockquote className="mt-1 border-l-2 border-neutral-300 pl-3 font-serif dark:border-neutral-600">{a.sentenceIds.map((sid) => texts.get(`${a.sourceId}#${sid}`)).join(" ")}</blockquote>
                    {a.note && <p className="mt-1"><span className="font-semibold">Note:</span> {a.note}</p>}
                    {a.note && <ReplyForm annotationId={a.id} reply={a.reply} context={`${s.name}'s note on ${describeRun(a.sentenceIds)}`} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="model-heading" className="space-y-3">
        <h2 id="model-heading" className="text-xl font-semibold">Model highlights for the class</h2>
        <p className="max-w-3xl text-sm text-neutral-700 dark:text-neutral-300">What you highlight here is published at once: students see it on the assignment, labelled &ldquo;from your teacher&rdquo;.</p>
        <AnnotationLayer assignmentId={assignment.id} authorId={teacherId} mode="model" excerpts={excerpts} mine={model} />
      </section>
    </div>
  );
}
