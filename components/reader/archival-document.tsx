import Link from "next/link";
import { paragraphAnchor, sourceHref } from "@/lib/content/anchors";
import { formatLongDate, shortSourceTitle } from "@/lib/content/labels";
import { paragraphsOf } from "@/lib/content/parse-source";
import { readAloudParagraphs } from "@/lib/reading/read-aloud";
import type { GlossaryEntry, Source } from "@/lib/content/schemas";
import { ReadAloud } from "@/components/reading/read-aloud";
import { DocumentText } from "./document-text";

/**
 * A lesson's excerpt shown as the document it is, set apart from the lesson's own words: a frame, and an
 * archival header with what the source file records (from, to, via, date, classification when the archive's
 * copy gives one, archive, translation), then read-aloud and the text itself.
 */
export function ArchivalDocument({ source, paragraphs, glossary, headingLevel = 3 }: { source: Source; paragraphs: readonly string[]; glossary: readonly GlossaryEntry[]; headingLevel?: 2 | 3 }) {
  const { meta } = source;
  const Heading = `h${headingLevel}` as const;
  const headingId = `excerpt-${meta.id}`;
  const shown = paragraphsOf(source).filter((p) => paragraphs.includes(p.id));
  const rows: [string, React.ReactNode][] = [
    ["From", meta.author],
    ["To", meta.recipients.map((r) => r.name).join("; ")],
    ["Via", meta.via],
    ["Date", <time key="date" dateTime={meta.date}>{formatLongDate(meta.date)}</time>],
    ...(meta.classification ? [["Classification", meta.classification] as [string, React.ReactNode]] : []),
    ["Archive", `${meta.archive.name} (${meta.archive.abbreviation})`],
    ["Translation", `from ${meta.originalLanguage} by ${meta.translator}`],
  ];
  return (
    <section aria-labelledby={headingId} data-archival-document className="max-w-[74ch] rounded-sm border-2 border-[var(--color-rule)] bg-[var(--color-card)] shadow-[0_1px_0_var(--color-rule),0_6px_18px_-12px_rgb(0_0_0/0.35)]">
      <header className="space-y-3 border-b-2 border-dashed border-[var(--color-rule)] px-4 py-4 sm:px-6">
        <p className="font-sans text-xs font-semibold uppercase tracking-[0.18em] text-[var(--color-muted)]">Primary source · {meta.collection}</p>
        <Heading id={headingId} className="font-serif text-xl font-semibold leading-snug">
          {shortSourceTitle(meta)}
          <span className="block text-base font-normal text-[var(--color-muted)]">{meta.title}</span>
        </Heading>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 font-sans sm:gap-x-4 text-sm leading-relaxed">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="pt-0.5 text-xs font-semibold uppercase tracking-wide text-[var(--color-muted)]">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">
          <Link href={sourceHref(meta.id)} className="text-[var(--color-accent)] underline underline-offset-2">
            Read the whole document and its citation
          </Link>
        </p>
        <ReadAloud title={shortSourceTitle(meta)} paragraphs={readAloudParagraphs(shown, (id) => paragraphAnchor(meta.id, id))} />
      </header>
      <div className="px-4 py-5 sm:px-6">
        <DocumentText source={source} paragraphs={paragraphs} glossary={glossary} />
      </div>
    </section>
  );
}
