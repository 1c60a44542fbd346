import { paragraphAnchor } from "@/lib/content/anchors";

/**
 * Lesson text mentions paragraphs as "¶3". When the lesson shows one document, each mention of a paragraph
 * that is on the page becomes a link to it; anything else stays plain text.
 */
export function ParagraphRefs({ text, sourceId, shown }: { text: string; sourceId?: string; shown: readonly string[] }) {
  if (!sourceId) return <>{text}</>;
  const parts = text.split(/(¶[1-9][0-9]*)/);
  return (
    <>
      {parts.map((part, i) => {
        const id = /^¶([1-9][0-9]*)$/.exec(part) ? `p${part.slice(1)}` : undefined;
        if (!id || !shown.includes(id)) return part;
        return (
          <a key={i} href={`#${paragraphAnchor(sourceId, id)}`} className="text-[var(--color-accent)] underline underline-offset-2">
            {part}
          </a>
        );
      })}
    </>
  );
}
