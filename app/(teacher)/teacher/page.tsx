import Link from "next/link";
import { AttentionList } from "@/components/classes/attention-list";
import { InviteTeacherForm } from "@/components/auth/invite-teacher-form";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { getTeacherAttention } from "@/server/classes/get-teacher-attention";
import { listTeacherClasses } from "@/server/classes/list-classes";
import { env } from "@/server/env";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";
import { publicOrigin } from "@/server/public-origin";

export const metadata = { title: "Your classes" };

export default async function TeacherHomePage() {
  const [classes, attention, timeZone] = await loadForPage("/teacher", () => Promise.all([listTeacherClasses(), getTeacherAttention(), viewerTimeZone()]));
  const active = classes.filter((c) => !c.archivedAt);
  const archived = classes.filter((c) => c.archivedAt);
  const { origin } = await publicOrigin();
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">Your classes</h1>
      {active.length > 0 && <AttentionList items={attention} now={new Date()} timeZone={timeZone} />}
      {active.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">No classes yet. Create one below, then share its join link with your students.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {active.map((c) => (
            <li key={c.id} className="rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
              <Link href={`/teacher/classes/${c.id}`} className="text-lg font-semibold text-[var(--color-accent)] underline underline-offset-4">
                {c.name}
              </Link>
              <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
                {c._count.enrollments} student{c._count.enrollments === 1 ? "" : "s"} · {c._count.assignments} assignment{c._count.assignments === 1 ? "" : "s"} · join code <span className="font-mono">{c.joinCode}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        <Link href="/teacher/questions" className="underline">The questions you have written</Link>: edit, preview or retire them.
      </p>
      <section aria-labelledby="create-heading" className="space-y-2">
        <h2 id="create-heading" className="text-xl font-semibold">Create a class</h2>
        <CreateClassForm />
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading" className="text-lg font-semibold">Archived</h2>
          <ul className="mt-2 list-disc pl-5">
            {archived.map((c) => (
              <li key={c.id}>
                <Link href={`/teacher/classes/${c.id}`} className="underline">{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {env.TEACHER_SIGNUP !== "closed" && (
        <section aria-labelledby="invite-heading" className="max-w-xl space-y-2">
          <h2 id="invite-heading" className="text-lg font-semibold">Invite a colleague</h2>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            {env.TEACHER_SIGNUP === "invite"
              ? "New teachers need an invitation here. Make a link for a colleague's email: it works once, for a week."
              : "Make a one-time link for a colleague's email: it works once, for a week."}
          </p>
          <InviteTeacherForm origin={origin} />
        </section>
      )}
    </div>
  );
}
