// "¶3" in an explanation becomes a link to that paragraph in the reader, so a student can go from why to
// where. Which document: the one whose recipient is named nearest the reference (the only one when the
// lesson shows one), as lib/quiz/cited-paragraphs.ts decides for prompts; paragraphs the lesson does not
// show stay plain text.
import { sourceHref } from "@/lib/content/anchors";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";

export type TextPart = { text: string; href?: string; label?: string };

const REF = /¶\s*(\d+)/g;

export function paragraphLinks(text: string, excerpts: readonly ReadingExcerpt[]): TextPart[] {
  if (excerpts.length === 0) return [{ text }];
  const mentions = excerpts.flatMap((e) => [...text.matchAll(new RegExp(`\\b${e.recipient.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g"))].map((m) => ({ excerpt: e, start: m.index, end: m.index + m[0].length })));
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(REF)) {
    const gap = (m: (typeof mentions)[number]) => (m.end <= match.index ? match.index - m.end : m.start - (match.index + match[0].length) + 0.5);
    const excerpt = mentions.length ? mentions.reduce((a, b) => (gap(b) < gap(a) ? b : a)).excerpt : excerpts[0]!;
    const paragraph = excerpt.paragraphs.find((p) => p.number === Number(match[1]));
    if (!paragraph) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], href: sourceHref(excerpt.sourceId, paragraph.id), label: `${excerpt.title}, paragraph ${paragraph.number}` });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
