import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentAccommodationForm, ClassAccommodationForm } from "@/components/classes/accommodation-form";
import { Disclosure } from "@/components/grading/disclosure";
import { accommodationLabels, NO_ACCOMMODATION } from "@/lib/accommodations";
import { formatAbsolute } from "@/lib/dates";
import { getStudentAccommodations } from "@/server/accommodations/get-student-accommodations";
import { classPageTitle } from "@/server/classes/class-page-title";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/students/[studentId]/accommodations">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Accommodations") };
}

const muted = "text-sm text-neutral-700 dark:text-neutral-300";

/** One student's accommodations, for the class's teacher only: for every assignment, and per assignment (overriding). */
export default async function AccommodationsPage({ params }: PageProps<"/teacher/classes/[id]/students/[studentId]/accommodations">) {
  const { id, studentId } = await params;
  const [{ klass, student, classSettings, assignments }, timeZone] = await loadForPage(`/teacher/classes/${id}/students/${studentId}/accommodations`, () =>
    Promise.all([getStudentAccommodations({ classId: id, studentId }), viewerTimeZone()]),
  );
  const now = new Date();
  const classValues = classSettings ?? NO_ACCOMMODATION;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <nav aria-label="Back" className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`/teacher/classes/${klass.id}`} className="underline">← {klass.name}</Link>
          <Link href={`/teacher/classes/${klass.id}/students/${student.id}`} className="underline">{student.name}&apos;s work</Link>
        </nav>
        <h1 className="font-serif text-3xl font-semibold">Accommodations: {student.name}</h1>
        <p className={muted}>Only you, the class&apos;s teacher, see these. The student sees what they change for them (&ldquo;You have 30 minutes — extended&rdquo;); classmates see nothing.</p>
      </div>

      <section aria-labelledby="class-heading" className="space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
        <h2 id="class-heading" className="text-xl font-semibold">For every assignment in {klass.name}</h2>
        <ClassAccommodationForm classId={klass.id} studentId={student.id} values={classValues} />
      </section>

      <section aria-labelledby="per-assignment-heading" className="space-y-3">
        <h2 id="per-assignment-heading" className="text-xl font-semibold">For one assignment</h2>
        {assignments.length === 0 ? (
          <p>Nothing has been assigned to this class yet.</p>
        ) : (
          <ul className="space-y-3">
            {assignments.map((a) => {
              const labels = a.own ? accommodationLabels(a.own, (d) => formatAbsolute(d, now, timeZone)) : [];
              return (
                <li key={a.id} className="rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
                  <h3 className="font-semibold">{a.title}</h3>
                  <p className={muted}>
                    Due <time dateTime={a.dueAt.toISOString()}>{formatAbsolute(a.dueAt, now, timeZone)}</time>
                    {a.timeLimitMinutes ? ` · ${a.timeLimitMinutes} minutes` : " · no time limit"} · {a.own ? `Own settings: ${labels.join(", ") || "none"}` : "Follows the class settings"}
                  </p>
                  <Disclosure summary={a.own ? "Change this assignment's settings" : "Set differently for this assignment"} initiallyOpen={false} className="mt-2">
                    <div className="mt-3">
                      <AssignmentAccommodationForm
                        classId={klass.id}
                        studentId={student.id}
                        assignmentId={a.id}
                        title={a.title}
                        values={a.own ?? classValues}
                        dueAt={a.own?.dueAt?.toISOString() ?? null}
                        own={!!a.own}
                        timeLimitMinutes={a.timeLimitMinutes}
                      />
                    </div>
                  </Disclosure>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
