import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/reader/page-intro";
import { paragraphsOf } from "@/lib/content/parse-source";
import { getSources, lessonsUsing } from "@/server/content/catalog";
import { formatLongDate, shortSourceTitle } from "@/lib/content/labels";

export const metadata: Metadata = {
  title: "Sources",
  description: "The primary sources: two telegrams of 1 November 1962 from Soviet Foreign Minister Gromyko, with their citations.",
};

export default async function SourcesPage() {
  const sources = await getSources();
  const lessons = await Promise.all(sources.map((source) => lessonsUsing(source.meta.id)));
  return (
    <div className="space-y-8">
      <PageIntro eyebrow="Primary sources" title="The documents">
        <p>
          Two telegrams sent on 1 November 1962 by Soviet Foreign Minister Andrei Gromyko to the Soviet Mission in New York,
          kept in the Archive of Foreign Policy of the Russian Federation and published in English by the Wilson Center
          Digital Archive.
        </p>
      </PageIntro>
      <ul className="grid gap-5 md:grid-cols-2">
        {sources.map((source, i) => (
          <li key={source.meta.id}>
            <article className="relative flex h-full flex-col rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] p-5 shadow-sm hover:shadow-md">
              <p className="text-sm font-medium text-[var(--color-accent)]">
                <time dateTime={source.meta.date}>{formatLongDate(source.meta.date)}</time> · {shortSourceTitle(source.meta)}
              </p>
              <h2 className="mt-1 font-serif text-xl font-semibold leading-snug text-balance">
                <Link href={`/sources/${source.meta.id}`} className="after:absolute after:inset-0 after:rounded-lg hover:underline">
                  {source.meta.title}
                </Link>
              </h2>
              <p className="mt-3 font-serif leading-relaxed">{source.meta.summary}</p>
              <p className="mt-auto pt-4 text-sm text-[var(--color-muted)]">
                {paragraphsOf(source).length} paragraphs · translated from {source.meta.originalLanguage} · used in{" "}
                {lessons[i]?.length ?? 0} lessons
              </p>
            </article>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/compare" className="text-[var(--color-accent)] underline underline-offset-2">
          Read the two telegrams side by side
        </Link>
      </p>
    </div>
  );
}
