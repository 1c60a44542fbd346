import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/analytics/live-refresh";
import { CELL_LABELS } from "@/lib/analytics/gradebook-cell";
import { formatAbsolute } from "@/lib/dates";
import { getGradebookSubmittingExpired } from "@/server/analytics/get-gradebook";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/gradebook">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Gradebook") };
}

const LINK = "text-[var(--color-accent)] underline underline-offset-4";
const HAS_WORK = new Set(["in-progress", "submitted", "late", "awaiting-grading"]);

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export default async function GradebookPage({ params, searchParams }: PageProps<"/teacher/classes/[id]/gradebook">) {
  const { id } = await params;
  const { sort } = await searchParams;
  const [{ klass, assignments, rows }, timeZone] = await Promise.all([loadForPage(`/teacher/classes/${id}/gradebook`, () => getGradebookSubmittingExpired(id)), viewerTimeZone()]);
  const byScore = sort === "score";
  const sorted = byScore ? [...rows].sort((a, b) => (b.average ?? -1) - (a.average ?? -1) || a.student.name.localeCompare(b.student.name)) : rows;
  const now = new Date();

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <Link href={`/teacher/classes/${klass.id}`} className="text-sm underline">← {klass.name}</Link>
        <h1 className="font-serif text-3xl font-semibold">Gradebook</h1>
        <LiveRefresh url={`/api/classes/${klass.id}/activity`} />
      </div>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <span>
          Sort by:{" "}
          <Link href="?sort=name" aria-current={!byScore ? "true" : undefined} className={!byScore ? "font-semibold" : "underline"}>name</Link>
          {" · "}
          <Link href="?sort=score" aria-current={byScore ? "true" : undefined} className={byScore ? "font-semibold" : "underline"}>average score</Link>
        </span>
        <a href={`/api/classes/${klass.id}/export/gradebook`} className="underline" download>Download CSV</a>
        <Link href={`/teacher/classes/${klass.id}/insights`} className="underline">Charts: mastery and score distribution</Link>
      </div>

      {rows.length === 0 || assignments.length === 0 ? (
        <p>{rows.length === 0 ? "No students yet." : "Nothing assigned yet."}</p>
      ) : (
        <div className="max-h-[75vh] overflow-auto rounded-lg border border-neutral-300 dark:border-neutral-700" tabIndex={0} role="region" aria-label="Gradebook table, scrolls in both directions">
          <table className="min-w-full border-separate border-spacing-0 text-sm">
            <caption className="sr-only">Students in rows, assignments in columns; each cell gives status and best score.</caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 top-0 z-20 border-b border-neutral-300 bg-[var(--color-paper)] p-2 text-left dark:border-neutral-700">Student</th>
                <th scope="col" className="sticky top-0 z-10 border-b border-neutral-300 bg-[var(--color-paper)] p-2 text-left dark:border-neutral-700">Average</th>
                {assignments.map((a) => (
                  <th key={a.id} scope="col" className="sticky top-0 z-10 min-w-40 border-b border-neutral-300 bg-[var(--color-paper)] p-2 text-left align-bottom font-semibold dark:border-neutral-700">
                    <Link href={`/teacher/classes/${klass.id}/assignments/${a.id}/analysis`} className={LINK}>{a.lesson.title}</Link>
                    <span className="block text-xs font-normal text-neutral-600 dark:text-neutral-400">
                      {a.readingOnly ? "Reading · " : ""}due <time dateTime={a.dueAt.toISOString()}>{formatAbsolute(a.dueAt, now, timeZone)}</time>
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.student.id}>
                  <th scope="row" className="sticky left-0 z-10 border-b border-neutral-200 bg-[var(--color-paper)] p-2 text-left font-medium dark:border-neutral-800">
                    <Link href={`/teacher/classes/${klass.id}/students/${r.student.id}`} className={LINK}>{r.student.name}</Link>
                    {/* Teachers only: a discreet note of the student's accommodations (nothing a student page shows). */}
                    {r.accommodations.length > 0 && <span data-testid="accommodation-label" className="block text-xs font-normal text-neutral-700 dark:text-neutral-300">Accommodations: {r.accommodations.join(" · ")}</span>}
                  </th>
                  <td className="border-b border-neutral-200 p-2 tabular-nums dark:border-neutral-800">
                    {pct(r.average)}
                    {/* An answer still waiting for a grade counts as 0 until graded: say so. */}
                    {assignments.some((a) => r.cells[a.id]!.status === "awaiting-grading") && <span className="block text-xs text-neutral-700 dark:text-neutral-300">provisional</span>}
                  </td>
                  {assignments.map((a) => {
                    const cell = r.cells[a.id]!;
                    const content = (
                      <>
                        {CELL_LABELS[cell.status]}
                        {cell.best !== null && !a.readingOnly && <span>{pct(cell.best)}</span>}
                        {cell.accommodated.length > 0 && <span className="text-xs text-neutral-700 dark:text-neutral-300">For this student: {cell.accommodated.join(" · ")}</span>}
                      </>
                    );
                    return (
                      // Styled in app/globals.css by data-cell: a class has hundreds of these cells. A cell with
                      // work in it opens that student's work on this assignment, where open answers are graded.
                      <td key={a.id} data-cell={cell.status}>
                        {HAS_WORK.has(cell.status) ? <a href={`/teacher/classes/${klass.id}/students/${r.student.id}#assignment-${a.id}`}>{content}</a> : <span>{content}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
