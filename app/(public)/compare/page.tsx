import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentText, type SentenceMarker } from "@/components/reader/document-text";
import { PageIntro } from "@/components/reader/page-intro";
import { paragraphOf, refAnchor, refLabel } from "@/lib/content/anchors";
import { getCompare, getSources } from "@/server/content/catalog";
import type { CompareQuote } from "@/lib/content/compare";
import { shortSourceTitle } from "@/lib/content/labels";
import { paragraphsOf } from "@/lib/content/parse-source";
import type { Source } from "@/lib/content/schemas";

export const metadata: Metadata = {
  title: "Compare the telegrams",
  description: "Gromyko's two telegrams of 1 November 1962 side by side: what they share, and where their tone differs.",
};

export default async function ComparePage() {
  const [compare, sources] = await Promise.all([getCompare(), getSources()]);
  const columns = compare.sources.map((id) => sources.find((s) => s.meta.id === id));
  const [left, right] = columns;
  if (!left || !right) notFound();
  const byId = new Map<string, Source>([left, right].map((s) => [s.meta.id, s]));

  // Each sentence a shared point quotes gets a numbered link back to that point.
  const markers = new Map<string, Map<string, SentenceMarker[]>>();
  compare.points.forEach((point, i) => {
    for (const quote of point.quotes) {
      const bySentence = markers.get(quote.source) ?? new Map<string, SentenceMarker[]>();
      // A quotation of a whole paragraph is marked after its last sentence.
      const sentence = quote.ref.includes(".") ? quote.ref : lastSentenceOf(byId.get(quote.source), quote.ref);
      const list = bySentence.get(sentence) ?? [];
      if (!list.some((m) => m.number === i + 1)) list.push({ href: `#point-${point.id}`, number: i + 1, label: point.title });
      bySentence.set(sentence, list);
      markers.set(quote.source, bySentence);
    }
  });

  const quoteLink = (quote: CompareQuote) => {
    const source = byId.get(quote.source);
    return (
      <a href={`#${refAnchor(quote.source, quote.ref)}`} className="group block rounded-md py-1 no-underline">
        <span className="block font-sans text-xs font-semibold uppercase tracking-wide text-[var(--color-muted)]">
          {source ? shortSourceTitle(source.meta) : quote.source}, {refLabel(paragraphOf(quote.ref))}
        </span>
        <q className="font-serif text-[var(--color-ink)] underline decoration-[var(--color-rule)] underline-offset-4 group-hover:decoration-[var(--color-accent)]">
          {quote.quote}
        </q>
      </a>
    );
  };

  return (
    <div className="space-y-12">
      <PageIntro eyebrow="Corroboration · same author, same day" title="Compare the two telegrams">
        <p>{compare.introduction}</p>
      </PageIntro>

      <section aria-labelledby="shared" className="space-y-4">
        <h2 id="shared" className="font-serif text-2xl font-semibold">What they share</h2>
        <p className="max-w-[68ch] text-[var(--color-muted)]">
          Each point quotes both telegrams; follow a quotation to its sentence below. The numbered marks in the texts lead back
          here.
        </p>
        <ol className="space-y-4">
          {compare.points.map((point, i) => (
            <li
              key={point.id}
              id={`point-${point.id}`}
              className="scroll-mt-6 rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] p-4 shadow-sm target:ring-2 target:ring-[var(--color-accent)] sm:p-5"
            >
              <h3 className="flex items-baseline gap-3 font-serif text-lg font-semibold">
                <span
                  aria-hidden="true"
                  className="inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded-full border border-[var(--color-accent)] font-sans text-xs text-[var(--color-accent)]"
                >
                  {i + 1}
                </span>
                <span>
                  <span className="sr-only">Shared point {i + 1}: </span>
                  {point.title}
                </span>
              </h3>
              <p className="mt-2 max-w-[68ch] leading-relaxed">{point.summary}</p>
              <div className="mt-3 grid gap-x-6 gap-y-2 md:grid-cols-2">
                {compare.sources.map((sourceId) => (
                  <ul key={sourceId} className="space-y-1">
                    {point.quotes
                      .filter((q) => q.source === sourceId)
                      .map((quote) => (
                        <li key={`${quote.ref}-${quote.quote}`}>{quoteLink(quote)}</li>
                      ))}
                  </ul>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="tone" className="space-y-4">
        <h2 id="tone" className="font-serif text-2xl font-semibold">Where the tone differs</h2>
        <p className="max-w-[68ch] leading-relaxed">{compare.tone.summary}</p>
        <div className="grid gap-4 md:grid-cols-2">
          {compare.tone.notes.map((note) => (
            <section key={note.source} aria-labelledby={`tone-${note.source}`} className="rounded-lg border border-[var(--color-rule)] p-4 sm:p-5">
              <h3 id={`tone-${note.source}`} className="font-serif text-lg font-semibold">
                For {note.audience}
              </h3>
              <p className="mt-2 leading-relaxed">{note.text}</p>
              <ul className="mt-3 space-y-1">
                {note.quotes.map((quote) => (
                  <li key={`${quote.ref}-${quote.quote}`}>{quoteLink(quote)}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="texts" className="space-y-4 xl:-mx-16">
        <h2 id="texts" className="font-serif text-2xl font-semibold">The two texts</h2>
        <div className="grid gap-10 lg:grid-cols-2 lg:gap-8">
          {[left, right].map((source) => (
            <section key={source.meta.id} aria-labelledby={`column-${source.meta.id}`} className="min-w-0 space-y-3">
              <header className="border-b border-[var(--color-rule)] pb-3">
                <h3 id={`column-${source.meta.id}`} className="font-serif text-xl font-semibold">
                  {shortSourceTitle(source.meta)}
                </h3>
                <p className="text-sm text-[var(--color-muted)]">
                  For {compare.tone.notes.find((n) => n.source === source.meta.id)?.audience ?? source.meta.recipients[0]?.name}.{" "}
                  <Link href={`/sources/${source.meta.id}`} className="text-[var(--color-accent)] underline underline-offset-2">
                    Citation and full record
                  </Link>
                </p>
              </header>
              <DocumentText source={source} markers={markers.get(source.meta.id)} />
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}

function lastSentenceOf(source: Source | undefined, paragraphId: string): string {
  const paragraph = source ? paragraphsOf(source).find((p) => p.id === paragraphId) : undefined;
  return paragraph?.sentences.at(-1)?.id ?? paragraphId;
}
