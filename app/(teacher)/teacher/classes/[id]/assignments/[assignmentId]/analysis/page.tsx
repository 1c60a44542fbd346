import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/analytics/live-refresh";
import { RegradeLink } from "@/components/grading/regrade-link";
import { BarChart, scoreBuckets } from "@/components/analytics/bar-chart";
import { EvidenceHeatMap } from "@/components/analytics/evidence-heat-map";
import { optionRows } from "@/lib/analytics/option-labels";
import { submitExpiredAttemptsOfAssignment } from "@/server/attempts/expire-attempts";
import { getItemAnalysis } from "@/server/analytics/get-item-analysis";
import { loadForPage } from "@/server/page-auth";
import { skillLabel } from "@/lib/content/labels";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/analysis">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Item analysis") };
}

const fmt = (v: number | null, digits = 2) => (v === null ? "—" : v.toFixed(digits));

export default async function ItemAnalysisPage({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/analysis">) {
  const { id, assignmentId } = await params;
  const { assignment, students, scores, items, sources } = await loadForPage(`/teacher/classes/${id}/assignments/${assignmentId}/analysis`, async () => (await submitExpiredAttemptsOfAssignment(assignmentId), getItemAnalysis(assignmentId)));
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href={`/teacher/classes/${assignment.classId}/gradebook`} className="text-sm underline">← Gradebook of {assignment.class.name}</Link>
        <h1 className="font-serif text-3xl font-semibold">Item analysis: {assignment.lesson.title}</h1>
        <p>
          First attempts of {students} student{students === 1 ? "" : "s"}
          {mean !== null && ` · mean score ${Math.round(mean * 100)}%`} ·{" "}
          <a href={`/api/assignments/${assignment.id}/export/item-analysis`} className="underline" download>Download CSV</a>
        </p>
        <LiveRefresh url={`/api/classes/${assignment.classId}/activity`} />
      </div>

      {students === 0 ? (
        <p>No one has submitted yet. This page fills in as students turn in their work.</p>
      ) : (
        <>
          <BarChart title="Students by score" unit="Students" bars={scoreBuckets(scores)} summary={`${students} students; mean ${mean === null ? "none" : `${Math.round(mean * 100)}%`}.`} />

          <section aria-labelledby="items-heading" className="space-y-3">
            <h2 id="items-heading" className="text-xl font-semibold">Questions</h2>
            <p className="max-w-3xl text-sm text-neutral-700 dark:text-neutral-300">
              <strong>Facility</strong> is the mean share of points earned (1.00 = everyone right). <strong>Discrimination</strong> is how
              well the question separates stronger from weaker students: the correlation of its score with the rest of the quiz (above 0.3 is
              good; near 0 or negative deserves a look at the wording).
            </p>
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm" data-cards-on-phone>
                <thead>
                  <tr className="border-b border-neutral-300 text-left dark:border-neutral-700">
                    <th scope="col" className="p-2">#</th>
                    <th scope="col" className="p-2">Question</th>
                    <th scope="col" className="p-2">Skill</th>
                    <th scope="col" className="p-2 text-right">Answered</th>
                    <th scope="col" className="p-2 text-right">Facility</th>
                    <th scope="col" className="p-2 text-right">Discrimination</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.questionId} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                      <td className="p-2" data-label="#">{item.number}</td>
                      <td className="p-2" data-label="Question">
                        <a href={`#q-${item.number}`} className="underline">{item.definition.prompt}</a>
                        <RegradeLink href={`/teacher/classes/${assignment.classId}/assignments/${assignment.id}/regrade?question=${encodeURIComponent(item.questionId)}`} number={item.number} />
                      </td>
                      <td className="p-2" data-label="Skill">{skillLabel(item.definition.skill)}</td>
                      <td className="p-2 text-right tabular-nums" data-label="Answered">{item.n - item.blank}/{item.n}</td>
                      <td className="p-2 text-right tabular-nums" data-label="Facility">{fmt(item.facility)}</td>
                      <td className="p-2 text-right tabular-nums" data-label="Discrimination">{fmt(item.discrimination)}{item.discrimination !== null && item.discrimination < 0.1 ? " ⚠" : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {items.map((item) => {
            const rows = optionRows(item.definition, item.options);
            const q = item.definition;
            const source = q.type === "evidence" ? sources.get(q.source) : undefined;
            if (rows.length === 0 && !source) return null;
            return (
              <section key={item.questionId} id={`q-${item.number}`} aria-labelledby={`q-${item.number}-heading`} className="space-y-3">
                <h2 id={`q-${item.number}-heading`} className="text-lg font-semibold">Question {item.number}: {q.prompt}</h2>
                {rows.length > 0 && (
                  <table className="text-sm">
                    <caption className="sr-only">How many students chose each option</caption>
                    <thead><tr><th scope="col" className="pr-4 text-left">Option</th><th scope="col" className="pr-4 text-right">Chosen by</th><th scope="col" className="text-left">Key</th></tr></thead>
                    <tbody>
                      {rows.map((r) => (
                        <tr key={r.label}>
                          <td className="pr-4">{r.label}</td>
                          <td className="pr-4 text-right tabular-nums">{r.count}</td>
                          <td>{r.correct ? "✓ correct" : ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {q.type === "evidence" && source && (
                  <>
                    <p className="text-sm"><span className="font-medium">Claim:</span> {q.claim}</p>
                    <EvidenceHeatMap source={source} within={q.within} answer={q.answer} counts={item.options} students={item.n} />
                  </>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
