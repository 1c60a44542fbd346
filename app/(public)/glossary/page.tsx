import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/reader/page-intro";
import { sourceHref } from "@/lib/content/anchors";
import { getGlossary, getSources } from "@/server/content/catalog";
import { markGlossaryTerms } from "@/lib/content/glossary-marks";
import { GLOSSARY_KIND_LABELS, glossarySortKey, shortSourceTitle } from "@/lib/content/labels";
import { paragraphsOf } from "@/lib/content/parse-source";
import { GLOSSARY_KINDS, type GlossaryEntry, type Source } from "@/lib/content/schemas";

export const metadata: Metadata = {
  title: "Glossary",
  description: "The people, places, organizations and terms of the two telegrams of 1 November 1962.",
};

export default async function GlossaryPage() {
  const [glossary, sources] = await Promise.all([getGlossary(), getSources()]);
  const places = whereTermsAppear(glossary, sources);
  const groups = GLOSSARY_KINDS.map((kind) => ({
    kind,
    entries: glossary.filter((e) => e.kind === kind).sort((a, b) => glossarySortKey(a).localeCompare(glossarySortKey(b))),
  })).filter((group) => group.entries.length > 0);

  return (
    <div className="space-y-8">
      <PageIntro eyebrow="Context" title="Glossary">
        <p>The people, places, organizations and terms you meet in the two telegrams, in alphabetical order within each group.</p>
      </PageIntro>
      <nav aria-label="Glossary groups" data-no-print>
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ kind, entries }) => (
            <li key={kind}>
              <a href={`#${kind}-group`} className="inline-flex min-h-9 items-center rounded-full border border-[var(--color-rule)] px-3 text-sm hover:border-[var(--color-accent)]">
                {GLOSSARY_KIND_LABELS[kind].many} ({entries.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ kind, entries }) => (
        <section key={kind} aria-labelledby={`${kind}-group`} className="max-w-[72ch]">
          <h2 id={`${kind}-group`} className="scroll-mt-6 border-b border-[var(--color-rule)] pb-2 font-serif text-2xl font-semibold">
            {GLOSSARY_KIND_LABELS[kind].many}
          </h2>
          <dl>
            {entries.map((entry) => (
              <div
                key={entry.id}
                id={entry.id}
                className="-mx-3 scroll-mt-6 rounded-md border-b border-[var(--color-rule)] px-3 py-4 last:border-b-0 target:bg-[var(--color-highlight)]"
              >
                <dt className="font-serif text-lg font-semibold">{entry.term}</dt>
                <dd className="mt-1 space-y-2 leading-relaxed">
                  <p>{entry.definition}</p>
                  {entry.aliases.length > 0 && (
                    <p className="text-sm text-[var(--color-muted)]">
                      In the telegrams:{" "}
                      {entry.aliases.map((alias, i) => (
                        <span key={alias}>
                          {i > 0 && ", "}
                          “{alias}”
                        </span>
                      ))}
                    </p>
                  )}
                  {(places.get(entry.id) ?? []).length > 0 && (
                    <p className="text-sm">
                      <span className="text-[var(--color-muted)]">Where: </span>
                      {(places.get(entry.id) ?? []).map(({ source, paragraphs }, i) => (
                        <span key={source.meta.id}>
                          {i > 0 && "; "}
                          {shortSourceTitle(source.meta)}{" "}
                          {paragraphs.map((p, j) => (
                            <span key={p}>
                              {j > 0 && ", "}
                              <Link href={sourceHref(source.meta.id, p)} className="inline-block py-0.5 text-[var(--color-accent)] underline underline-offset-2">
                                <span className="sr-only">{shortSourceTitle(source.meta)}, paragraph </span>
                                <span aria-hidden="true">¶</span>
                                {p.slice(1)}
                              </Link>
                            </span>
                          ))}
                        </span>
                      ))}
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

/** For each term, the paragraphs of each telegram in which the reader marks it (same rules as inline). */
function whereTermsAppear(glossary: readonly GlossaryEntry[], sources: readonly Source[]) {
  const places = new Map<string, { source: Source; paragraphs: string[] }[]>();
  for (const source of sources) {
    for (const paragraph of paragraphsOf(source)) {
      const found = new Set(
        markGlossaryTerms(paragraph.sentences.map((s) => s.text), glossary)
          .flat()
          .flatMap((segment) => (segment.termId ? [segment.termId] : [])),
      );
      for (const termId of found) {
        const list = places.get(termId) ?? [];
        const entry = list.find((l) => l.source === source) ?? { source, paragraphs: [] };
        if (!list.includes(entry)) list.push(entry);
        entry.paragraphs.push(paragraph.id);
        places.set(termId, list);
      }
    }
  }
  return places;
}
