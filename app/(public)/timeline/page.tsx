import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/reader/page-intro";
import { getSources, getTimeline } from "@/server/content/catalog";
import { formatLongDate, shortSourceTitle } from "@/lib/content/labels";

export const metadata: Metadata = {
  title: "Timeline",
  description: "The Cuban Missile Crisis from the U-2 photographs of 14 October 1962 to the lifting of the quarantine on 20 November.",
};

export default async function TimelinePage() {
  const [events, sources] = await Promise.all([getTimeline(), getSources()]);
  const telegramDates = new Set(sources.map((s) => s.meta.date));
  const titles = new Map(sources.map((s) => [s.meta.id, shortSourceTitle(s.meta)]));

  return (
    <div className="space-y-8">
      <PageIntro eyebrow="Context" title="Timeline of the crisis">
        <p>
          From the U-2 photographs of 14 October 1962 to the lifting of the quarantine on 20 November, with the two telegrams
          of 1 November in their place.
        </p>
      </PageIntro>
      <ol className="max-w-[72ch] border-l-2 border-[var(--color-rule)] pl-6 sm:pl-8">
        {events.map((event) => {
          const telegramDay = telegramDates.has(event.date);
          return (
            <li key={event.id} id={event.id} className="relative scroll-mt-6 pb-8 last:pb-0">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 -left-[calc(1.5rem+7px)] h-3 w-3 rounded-full border-2 sm:-left-[calc(2rem+7px)] ${
                  telegramDay ? "border-[var(--color-accent)] bg-[var(--color-accent)]" : "border-[var(--color-muted)] bg-[var(--color-paper)]"
                }`}
              />
              <p className="font-sans text-sm font-semibold text-[var(--color-muted)]">
                <time dateTime={event.date}>{formatLongDate(event.date)}</time>
                {telegramDay && (
                  <span className="ml-2 rounded-full border border-[var(--color-accent)] px-2 py-0.5 text-xs font-semibold text-[var(--color-accent)]">
                    Day of the telegrams
                  </span>
                )}
              </p>
              <h2 className="mt-1 font-serif text-xl font-semibold leading-snug">{event.title}</h2>
              <p className="mt-1 font-serif leading-relaxed">{event.description}</p>
              {event.sources && event.sources.length > 0 && (
                <p className="mt-2 text-sm">
                  <span className="text-[var(--color-muted)]">Related: </span>
                  {event.sources.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ", "}
                      <Link href={`/sources/${id}`} className="inline-block py-0.5 text-[var(--color-accent)] underline underline-offset-2">
                        {titles.get(id) ?? id}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
