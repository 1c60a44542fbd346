// Content marks a quotation from the telegrams with curly double quotes: “…”. Every such quotation is
// checked against the sources, so a misquoted word in a question or explanation is caught before students see it.
// Straight quotes ("…") are left alone: use them for anything that is not quoted from a telegram.
// An ellipsis (… or ...) inside a quotation marks an omission: each piece must appear in the sources.
import { sourceText } from "./parse-source";
import type { Source } from "./schemas";

const QUOTATION = /“([^”]*)”/g;
const ELLIPSIS = /…|\.\.\./;

/** All text a quotation may come from: each source's title, summary, citation and body. */
export function quotableText(sources: readonly Source[]): string {
  // A NUL between documents keeps a quotation from matching across two of them.
  return sources
    .map((s) => [s.meta.title, s.meta.summary, s.meta.citation, sourceText(s)].map(collapseWhitespace).join("\u0000"))
    .join("\u0000");
}

/** The quotations in `text` that do not appear in `corpus` (a quotableText()). */
export function misquotations(text: string, corpus: string): string[] {
  const wrong: string[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const quotation = match[1] ?? "";
    const pieces = quotation.split(ELLIPSIS).map(collapseWhitespace).filter((piece) => piece.length > 0);
    if (pieces.length === 0 || pieces.some((piece) => !corpus.includes(piece))) wrong.push(`“${quotation}”`);
  }
  return wrong;
}

/** Every string inside a parsed YAML value (question, front matter), for checking quotations. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
