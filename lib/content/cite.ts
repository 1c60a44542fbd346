// Chicago (notes-bibliography) citation of an archival document, as the Wilson Center Digital Archive
// cites its own documents, with Chicago's punctuation: the comma goes inside the closing quotation mark,
// the date is written "November 1, 1962", and the URL ends the note, followed by a period.
//
//   "Telegram from USSR Foreign Minister Gromyko to Soviet Mission in New York, for A.I. Mikoyan,"
//   November 1, 1962, Wilson Center Digital Archive, AVP RF; copy obtained by NHK, provided to CWIHP, and
//   on file at National Security Archive, Washington, D.C.; translation by John Henriksen, Harvard
//   University. https://digitalarchive.wilsoncenter.org/document/112651.
//
// The URL is the document's public page (publicUrl); a source without one is cited at archiveUrl, the
// address its copy was taken from.
import { MONTHS } from "./labels";
import type { SourceMeta } from "./schemas";

/** "1962-11-01" → "November 1, 1962" (Chicago's month-day-year), without a Date, so no time zone can shift it. */
export function chicagoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`not a YYYY-MM-DD date: "${isoDate}"`);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

type CitedFields = Pick<SourceMeta, "title" | "date" | "collection" | "archive" | "copyChain" | "translator" | "archiveUrl" | "publicUrl">;

/** Where a reader can see the document: its public page in the archive, else the address our copy came from. */
export function documentUrl(meta: Pick<SourceMeta, "archiveUrl" | "publicUrl">): string {
  return (meta.publicUrl ?? meta.archiveUrl).trim();
}

/** The citation as plain text, ready to paste into a footnote. */
export function chicagoCitation(meta: CitedFields): string {
  // Quotation marks inside the quoted title become single ones, as Chicago nests them.
  const title = meta.title.trim().replace(/"([^"]*)"/g, "'$1'").replace(/[“”]/g, (q) => (q === "“" ? "‘" : "’"));
  // A title that ends in its own ? or ! takes no comma after it.
  const quotedTitle = /[?!]$/.test(title) ? `"${title}"` : `"${title},"`;
  const parts = [
    `${quotedTitle} ${chicagoDate(meta.date)}, ${meta.collection.trim()}, ${meta.archive.abbreviation.trim()}`,
    meta.copyChain.trim(),
    `translation by ${meta.translator.trim()}`,
  ];
  return `${withoutFinalPeriod(parts.join("; "))}. ${documentUrl(meta)}.`;
}

function withoutFinalPeriod(text: string): string {
  // "Washington, D.C." keeps its period; a bare sentence-ending period is not doubled.
  return text.endsWith(".") ? text.slice(0, -1) : text;
}
