import Link from "next/link";
import { redirect } from "next/navigation";
import { DueLabel } from "@/components/assignments/due-label";
import { formatAbsolute } from "@/lib/dates";
import { buttonClass } from "@/components/ui/button-class";
import { listStudentAssignmentsSubmittingExpired, type DashboardItem } from "@/server/assignments/list-student-assignments";
import { getCurrentUser } from "@/server/authz";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";

export const metadata = { title: "Your work" };

const GROUPS: { key: DashboardItem["group"]; title: string; empty: string }[] = [
  { key: "in-progress", title: "In progress", empty: "Nothing in progress." },
  { key: "todo", title: "To do", empty: "Nothing to do. Well done." },
  { key: "done", title: "Done", empty: "Nothing turned in yet." },
];

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  if ((await getCurrentUser())?.role === "TEACHER") redirect("/teacher");
  const [{ student, items, classes }, timeZone] = await Promise.all([loadForPage("/dashboard", () => listStudentAssignmentsSubmittingExpired()), viewerTimeZone()]);
  const { joined } = await searchParams;
  const now = new Date();

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Hello, {student.name}</h1>
        <p className="mt-1 text-neutral-700 dark:text-neutral-300">
          {classes.length === 0 ? (
            <>
              You are not in a class yet. <Link href="/join" className="underline">Join one with a code</Link>.
            </>
          ) : (
            <>Your classes: {classes.map((c) => c.name).join(", ")}. <Link href="/progress" className="underline">See your progress</Link>.</>
          )}
        </p>
        {joined && <p role="status" className="mt-3 rounded-md bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100">You joined the class.</p>}
      </div>

      {GROUPS.map((group) => {
        const list = items.filter((i) => i.group === group.key);
        return (
          <section key={group.key} aria-labelledby={`${group.key}-heading`}>
            <h2 id={`${group.key}-heading`} className="text-xl font-semibold">
              {group.title} <span className="text-base font-normal text-neutral-600 dark:text-neutral-400">({list.length})</span>
            </h2>
            {list.length === 0 ? (
              <p className="mt-2 text-neutral-700 dark:text-neutral-300">{group.empty}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {list.map((item) => (
                  <AssignmentRow key={item.assignmentId} item={item} now={now} timeZone={timeZone} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function AssignmentRow({ item, now, timeZone }: { item: DashboardItem; now: Date; timeZone: string }) {
  const href = `/assignments/${item.assignmentId}`;
  const action = item.notOpenYet ? null : item.group === "in-progress" ? "Resume" : item.group === "todo" ? (item.readingOnly ? "Read" : "Start") : "Review";
  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
      <div className="min-w-0 flex-1">
        <Link href={href} className="text-lg font-semibold underline-offset-4 hover:underline">{item.lessonTitle}</Link>
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          {item.className}
          {item.readingOnly ? " · Reading" : ` · Quiz${item.attemptsAllowed === null ? "" : `, ${item.attemptsUsed} of ${item.attemptsAllowed} attempt${item.attemptsAllowed === 1 ? "" : "s"} used`}`}
        </p>
        <DueLabel dueAt={item.dueAt} status={item.status} now={now} timeZone={timeZone} />
        {item.group === "done" && !item.readingOnly && (
          <p className="text-sm font-medium">
            {item.awaitingGrading ? "Awaiting grading" : item.bestScore !== null ? `Score: ${Math.round(item.bestScore * 100)}%` : null}
          </p>
        )}
        {item.notOpenYet && <p className="text-sm">Opens {formatAbsolute(item.opensAt, now, timeZone)}</p>}
      </div>
      {action && (
        <Link href={href} className={buttonClass(item.group === "done" ? "secondary" : "primary")} aria-label={`${action}: ${item.lessonTitle}`}>
          {action}
        </Link>
      )}
    </li>
  );
}
