import type { Metadata } from "next";
import { LessonCard } from "@/components/reader/lesson-card";
import { PageIntro } from "@/components/reader/page-intro";
import Link from "next/link";
import { getLessons, getUnit } from "@/server/content/catalog";

export const metadata: Metadata = {
  title: "Lessons",
  description: "Five lessons on two Soviet telegrams of 1 November 1962: sourcing, close reading, corroboration and context.",
};

export default async function LessonsPage() {
  const [lessons, { unit }] = await Promise.all([getLessons(), getUnit()]);
  return (
    <div className="space-y-8">
      <PageIntro eyebrow="Cuban Missile Crisis · 1 November 1962" title="Lessons">
        <p>
          Each lesson asks one central question and sends you back to the words of the telegrams to answer it. Read the
          lesson here; your teacher assigns its quiz.
        </p>
      </PageIntro>
      <div className="max-w-[68ch] rounded-lg border-l-4 border-[var(--color-accent)] bg-[var(--color-card)] px-5 py-4 shadow-sm">
        <p className="font-sans text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">The unit&apos;s question</p>
        <p className="mt-1 font-serif text-xl leading-snug">{unit.centralQuestion}</p>
        <p className="mt-2">
          <Link href="/unit" className="text-[var(--color-accent)] underline underline-offset-2">Start here: context, words to know and the documents</Link>
        </p>
      </div>
      <ol className="grid gap-5 md:grid-cols-2" aria-label="Lessons in order">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <LessonCard lesson={lesson} />
          </li>
        ))}
      </ol>
    </div>
  );
}
