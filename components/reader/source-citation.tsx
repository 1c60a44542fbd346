import { documentUrl } from "@/lib/content/cite";
import { formatLongDate } from "@/lib/content/labels";
import type { SourceMeta } from "@/lib/content/schemas";

/** The archive's record of a document: who, to whom, when, where it is kept and how it reached us. */
export function SourceCitation({ meta }: { meta: SourceMeta }) {
  const rows: [string, React.ReactNode][] = [
    ["Date", <time key="d" dateTime={meta.date}>{formatLongDate(meta.date)}</time>],
    ["Author", meta.author],
    [
      meta.recipients.length === 1 ? "Recipient" : "Recipients",
      <ul key="r" className="space-y-1">
        {meta.recipients.map((r) => (
          <li key={r.name}>
            {r.name}
            <span className="block text-[var(--color-muted)]">{r.role}</span>
          </li>
        ))}
      </ul>,
    ],
    ["Sent via", meta.via],
    ["Archive", <>{meta.archive.name} (<abbr title={meta.archive.name}>{meta.archive.abbreviation}</abbr>)</>],
    ["Copy", meta.copyChain],
    ["Original language", meta.originalLanguage],
    ["Translator", meta.translator],
    [
      "Collection",
      <>
        {meta.collection}
        <a href={documentUrl(meta)} data-print-url className="mt-1 block text-[var(--color-accent)] underline underline-offset-2" rel="noopener">
          View this document in the archive<span className="sr-only"> ({meta.collection})</span>
        </a>
      </>,
    ],
  ];
  // The address our copy of the record came from, when it is not the public page linked above.
  if (meta.publicUrl && meta.publicUrl !== meta.archiveUrl) {
    rows.push(["Our copy", <>Taken from the record at <span className="wrap-anywhere">{meta.archiveUrl}</span></>]);
  }
  if (meta.translationNotes?.length) {
    rows.push([
      "Translation notes",
      <ul key="t" className="space-y-2">
        {meta.translationNotes.map((n) => (
          <li key={n.phrase}>
            <span className="font-semibold">{n.phrase}</span> {n.note}
          </li>
        ))}
      </ul>,
    ]);
  }
  if (meta.paragraphNote) rows.push(["Paragraph numbers", meta.paragraphNote]);
  return (
    <dl className="divide-y divide-[var(--color-rule)] text-sm leading-relaxed">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-0.5 py-2 sm:grid-cols-[9rem_minmax(0,1fr)] lg:grid-cols-1">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
