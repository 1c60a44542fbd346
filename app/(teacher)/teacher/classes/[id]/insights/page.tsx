import type { Metadata } from "next";
import Link from "next/link";
import { BarChart, scoreBuckets } from "@/components/analytics/bar-chart";
import { MasteryChart } from "@/components/analytics/mastery-chart";
import { MASTERY_RULES } from "@/lib/mastery";
import { submitExpiredAttemptsInClass } from "@/server/attempts/expire-attempts";
import { getClassInsights } from "@/server/analytics/get-class-insights";
import { loadForPage } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/viewer-time-zone";
import { classPageTitle } from "@/server/classes/class-page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/insights">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Class insights") };
}

export default async function InsightsPage({ params }: PageProps<"/teacher/classes/[id]/insights">) {
  const { id } = await params;
  const timeZone = await viewerTimeZone();
  const { klass, students, mastery, distributions } = await loadForPage(`/teacher/classes/${id}/insights`, async () => (await submitExpiredAttemptsInClass(id), getClassInsights(id, timeZone)));
  return (
    <div className="space-y-10">
      <div className="space-y-1">
        <Link href={`/teacher/classes/${klass.id}/gradebook`} className="text-sm underline">← Gradebook of {klass.name}</Link>
        <h1 className="font-serif text-3xl font-semibold">How the class is doing</h1>
      </div>
      <section aria-labelledby="mastery-heading" className="space-y-3">
        <h2 id="mastery-heading" className="text-xl font-semibold">Mastery by skill</h2>
        <MasteryChart mastery={mastery} students={students} />
        <details className="text-sm">
          <summary className="cursor-pointer underline">How levels are decided</summary>
          <dl className="mt-2 space-y-1">
            {MASTERY_RULES.map((r) => (
              <div key={r.level}><dt className="inline font-semibold">{r.label}: </dt><dd className="inline">{r.rule}</dd></div>
            ))}
          </dl>
        </details>
      </section>
      <section aria-labelledby="scores-heading" className="space-y-6">
        <h2 id="scores-heading" className="text-xl font-semibold">Score distribution per assignment (first attempts)</h2>
        {distributions.length === 0 && <p>No submissions yet.</p>}
        {distributions.map((d) => (
          <div key={d.assignmentId} className="space-y-1">
            <BarChart title={`${d.title}: students by score`} unit="Students" bars={scoreBuckets(d.fractions)} summary={`${d.fractions.length} submissions.`} />
            <Link href={`/teacher/classes/${klass.id}/assignments/${d.assignmentId}/analysis`} className="text-sm underline">Item analysis</Link>
          </div>
        ))}
      </section>
    </div>
  );
}
