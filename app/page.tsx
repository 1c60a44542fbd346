import Link from "next/link";

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-2xl space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-[var(--color-accent)]">Cuban Missile Crisis · 1 November 1962</p>
        <h1 className="font-serif text-4xl font-semibold leading-tight">Read the telegrams. Answer from the text.</h1>
        <p className="text-lg leading-relaxed text-neutral-700 dark:text-neutral-300">
          Two Soviet telegrams sent on the same day by Foreign Minister Andrei Gromyko — one for Anastas Mikoyan on his way to
          Castro in Havana, one for Vasily Kuznetsov negotiating with the Americans in New York. Sourcework helps students read them
          closely, and teachers see who is stuck on what.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/lessons" className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-medium text-white dark:text-black">
            Browse lessons
          </Link>
          <Link href="/compare" className="rounded-md border border-neutral-300 px-4 py-2 font-medium dark:border-neutral-700">
            Compare the two telegrams
          </Link>
        </div>
      </section>
    </div>
  );
}
