import Link from "next/link";
import { LessonCard } from "@/components/reader/lesson-card";
import { formatLongDate, shortSourceTitle } from "@/lib/content/labels";
import { getLessons, getSources } from "@/server/content/catalog";

// Prerendered at build time from content/ (the same for every visitor): the collection, and the two ways in.
export default async function HomePage() {
  const [sources, lessons] = await Promise.all([getSources(), getLessons()]);
  return (
    <div className="space-y-12">
      <section className="max-w-2xl space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-[var(--color-accent)]">Cuban Missile Crisis · 1 November 1962</p>
        <h1 className="font-serif text-4xl font-semibold leading-tight">Read the telegrams. Answer from the text.</h1>
        <p className="text-lg leading-relaxed text-neutral-700 dark:text-neutral-300">
          Two Soviet telegrams sent on the same day by Foreign Minister Andrei Gromyko — one for Anastas Mikoyan on his way to
          Castro in Havana, one for Vasily Kuznetsov negotiating with the Americans in New York. Sourcework helps students read them
          closely, and teachers see who is stuck on what.
        </p>
      </section>

      <section aria-labelledby="ways-in" className="space-y-4">
        <h2 id="ways-in" className="sr-only">Start here</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          <li className="relative rounded-lg border-2 border-[var(--color-accent)] bg-[var(--color-card)] p-5 shadow-sm focus-within:shadow-md hover:shadow-md">
            <h3 className="font-serif text-xl font-semibold">
              <Link href="/signup" className="after:absolute after:inset-0 after:rounded-lg hover:underline">
                I’m a teacher — create a class
              </Link>
            </h3>
            <p className="mt-2 leading-relaxed">Make a free teacher account, create a class and share its join code. Then assign a lesson’s quiz.</p>
          </li>
          <li className="relative rounded-lg border-2 border-[var(--color-rule)] bg-[var(--color-card)] p-5 shadow-sm focus-within:shadow-md hover:shadow-md">
            <h3 className="font-serif text-xl font-semibold">
              <Link href="/join" className="after:absolute after:inset-0 after:rounded-lg hover:underline">
                I have a join code
              </Link>
            </h3>
            <p className="mt-2 leading-relaxed">Type the code your teacher gave you (or open their link) to join the class and see your work.</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="documents" className="space-y-4">
        <h2 id="documents" className="font-serif text-2xl font-semibold">The two documents</h2>
        <ul className="grid gap-5 md:grid-cols-2">
          {sources.map((source) => (
            <li key={source.meta.id}>
              <article className="relative flex h-full flex-col rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] p-5 shadow-sm focus-within:shadow-md hover:shadow-md">
                <p className="text-sm font-medium text-[var(--color-accent)]">
                  <time dateTime={source.meta.date}>{formatLongDate(source.meta.date)}</time> · {shortSourceTitle(source.meta)}
                </p>
                <h3 className="mt-1 font-serif text-xl font-semibold leading-snug text-balance">
                  <Link href={`/sources/${source.meta.id}`} className="after:absolute after:inset-0 after:rounded-lg hover:underline">
                    {source.meta.title}
                  </Link>
                </h3>
                <p className="mt-3 font-serif leading-relaxed">{source.meta.summary}</p>
              </article>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/compare" className="text-[var(--color-accent)] underline underline-offset-2">
            Compare the two telegrams side by side
          </Link>
        </p>
      </section>

      <section aria-labelledby="lessons" className="space-y-4">
        <h2 id="lessons" className="font-serif text-2xl font-semibold">The lessons</h2>
        <ol className="grid gap-5 md:grid-cols-2" aria-label="Lessons in order">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <LessonCard lesson={lesson} heading="h3" />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
