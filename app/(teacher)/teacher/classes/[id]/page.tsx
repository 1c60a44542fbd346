import type { Metadata } from "next";
import Link from "next/link";
import { ClassSettings } from "@/components/classes/class-settings";
import { JoinLink } from "@/components/classes/join-link";
import { RosterActions } from "@/components/classes/roster-actions";
import { RosterImport } from "@/components/classes/roster-import";
import { buttonClass } from "@/components/ui/button-class";
import { formatAbsolute } from "@/lib/dates";
import { submitExpiredAttemptsInClass } from "@/server/attempts/expire-attempts";
import { NOTICE_DAYS, upcomingDeletions } from "@/lib/retention";
import { env } from "@/server/env";
import { listClassAssignments } from "@/server/assignments/list-class-assignments";
import { getClassRoster } from "@/server/classes/list-classes";
import { countPendingAnswers } from "@/server/grading/list-grading-queue";
import { viewerTimeZone } from "@/server/viewer-time-zone";
import { loadForPage } from "@/server/page-auth";
import { publicOrigin } from "@/server/public-origin";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id) };
}

export default async function ClassPage({ params, searchParams }: PageProps<"/teacher/classes/[id]">) {
  const { id } = await params;
  const { assigned, unassigned } = await searchParams;
  const [{ klass, students }, assignments, timeZone, pending] = await loadForPage(`/teacher/classes/${id}`, async () => (await submitExpiredAttemptsInClass(id), Promise.all([getClassRoster(id), listClassAssignments(id), viewerTimeZone(), countPendingAnswers(id)])));
  const now = new Date();
  const { origin, configured } = await publicOrigin();
  const policy = { inactiveStudentDays: env.RETENTION_INACTIVE_STUDENT_DAYS, archivedClassDays: env.RETENTION_ARCHIVED_CLASS_DAYS };
  const deletions = upcomingDeletions({ klass, students, policy, now });

  return (
    <div className="space-y-10">
      <div>
        <Link href="/teacher" className="text-sm underline">← Your classes</Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">{klass.name}</h1>
        {klass.archivedAt && <p className="mt-1 text-sm font-medium text-amber-800 dark:text-amber-300">Archived: students cannot join.</p>}
      </div>

      {deletions.length > 0 && (
        <section aria-labelledby="deletions-heading" className="space-y-2 rounded-md border border-amber-700 px-4 py-3 dark:border-amber-400">
          <h2 id="deletions-heading" className="text-lg font-semibold">To be deleted within {NOTICE_DAYS} days</h2>
          <p className="text-sm">
            Under this server&apos;s <Link href="/privacy" className="underline underline-offset-4">retention policy</Link>, these go with all their work. Download what you need first from the{" "}
            <Link href={`/teacher/classes/${klass.id}/gradebook`} className="underline underline-offset-4">gradebook</Link> (CSV); a student who signs in again is kept.
          </p>
          <ul className="list-disc pl-6 text-sm">
            {deletions.map((d) => (
              <li key={`${d.kind}-${d.id}`}>
                {d.kind === "class" ? "This class" : `${d.name}'s account`}: on <time dateTime={d.on.toISOString()}>{formatAbsolute(d.on, now, timeZone)}</time>
                {d.kind === "class" ? " (archived)" : ", unless they sign in before then"}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(assigned || unassigned) && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100">
          {assigned ? "Lesson assigned. Students see it on their dashboard." : "Assignment removed. Submitted work is kept."}
        </p>
      )}

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="assignments-heading" className="text-xl font-semibold">Assignments ({assignments.length})</h2>
          <Link href={`/teacher/classes/${klass.id}/assignments/new`} className={buttonClass()}>Assign a lesson</Link>
          <Link href={`/teacher/classes/${klass.id}/gradebook`} className={buttonClass("secondary")}>Gradebook</Link>
          <Link href={`/teacher/classes/${klass.id}/grading`} className={buttonClass("secondary")}>Grading queue ({pending})</Link>
          <Link href={`/teacher/classes/${klass.id}/insights`} className={buttonClass("secondary")}>Charts</Link>
        </div>
        {assignments.length === 0 ? (
          <p>Nothing assigned yet.</p>
        ) : (
          <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
            {assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3">
                <Link href={`/teacher/classes/${klass.id}/assignments/${a.id}`} className="font-medium text-[var(--color-accent)] underline underline-offset-4">{a.lesson.title}</Link>
                <span className="text-sm text-neutral-700 dark:text-neutral-300">
                  {a.readingOnly ? "Reading" : "Quiz"} · due <time dateTime={a.dueAt.toISOString()}>{formatAbsolute(a.dueAt, now, timeZone)}</time> · {a.submittedCount} of {students.length} turned in
                </span>
                <Link href={`/teacher/classes/${klass.id}/assignments/${a.id}/annotations`} className="text-sm underline">Annotations<span className="sr-only">: {a.lesson.title}</span></Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="join-heading" className="space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
        <h2 id="join-heading" className="text-xl font-semibold">Invite students</h2>
        <p>
          Join code: <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">{klass.joinCode}</strong>
        </p>
        <JoinLink code={klass.joinCode} serverOrigin={origin} configured={configured} />
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-semibold">Students ({students.length})</h2>
        {students.length === 0 ? (
          <p>No students yet. Share the join link, or import a roster below.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-cards-on-phone>
              <thead>
                <tr className="border-b border-neutral-300 dark:border-neutral-700">
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Username</th>
                  <th scope="col" className="py-2 pr-4">Last active</th>
                  <th scope="col" className="py-2">Actions</th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                    <td className="py-2 pr-4 font-medium" data-label="Name"><Link href={`/teacher/classes/${klass.id}/students/${s.id}`} className="text-[var(--color-accent)] underline underline-offset-4">{s.name}</Link></td>
                    <td className="py-2 pr-4 font-mono" data-label="Username">{s.username ?? s.email}</td>
                    <td className="py-2 pr-4" data-label="Last active">{s.lastActiveAt ? <time dateTime={s.lastActiveAt.toISOString()}>{formatAbsolute(s.lastActiveAt, now, timeZone)}</time> : "Never"}</td>
                    <td className="py-2" data-label="Actions">
                      <div className="flex flex-wrap items-start gap-2">
                        <Link href={`/teacher/classes/${klass.id}/students/${s.id}/accommodations`} aria-label={`Accommodations for ${s.name}`} className="inline-flex min-h-9 items-center rounded-md border border-neutral-400 px-3 underline-offset-4 hover:underline dark:border-neutral-600">Accommodations</Link>
                        <RosterActions classId={klass.id} studentId={s.id} studentName={s.name} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="import-heading" className="space-y-3">
        <h2 id="import-heading" className="text-xl font-semibold">Import a roster</h2>
        <RosterImport classId={klass.id} className={klass.name} />
      </section>

      <section aria-labelledby="settings-heading" className="space-y-3">
        <h2 id="settings-heading" className="text-xl font-semibold">Settings</h2>
        <ClassSettings classId={klass.id} name={klass.name} archived={!!klass.archivedAt} />
      </section>
    </div>
  );
}
