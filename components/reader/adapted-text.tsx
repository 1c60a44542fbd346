import Link from "next/link";
import type { Source } from "@/lib/content/schemas";
import { paragraphsOf } from "@/lib/content/parse-source";
import { ADAPTED_NOTE, TEXT_VERSION_LABELS, type TextVersion } from "@/lib/quiz/text-version";

/** "Original document | Adapted version" as two links (the page's own address with ?version=), so it works without script. */
export function TextVersionLinks({ sourceId, version }: { sourceId: string; version: TextVersion }) {
  return (
    <nav aria-label="Which text to show" className="mb-4 flex flex-wrap items-center gap-2 text-sm" data-no-print>
      <span className="font-medium">Text:</span>
      {(["original", "adapted"] as const).map((v) => (
        <Link
          key={v}
          href={v === "original" ? `/sources/${sourceId}` : `/sources/${sourceId}?version=adapted`}
          aria-current={version === v ? "page" : undefined}
          className="rounded-md border border-neutral-400 px-3 py-1.5 underline-offset-4 hover:underline aria-[current=page]:border-2 aria-[current=page]:border-[var(--color-accent)] aria-[current=page]:font-semibold dark:border-neutral-600"
        >
          {version === v && <span aria-hidden="true">✓ </span>}
          {TEXT_VERSION_LABELS[v]}
        </Link>
      ))}
    </nav>
  );
}

/** The adapted version, labelled as modified, paragraph by paragraph with the original's ¶ numbers. */
export function AdaptedText({ source }: { source: Source }) {
  const numbers = new Map(paragraphsOf(source).map((p) => [p.id, p.number]));
  return (
    <div className="space-y-4">
      <p className="rounded-md border border-dashed border-neutral-500 px-3 py-2 text-sm">
        <strong>Adapted version of: {source.meta.title}.</strong> {ADAPTED_NOTE}
      </p>
      {(source.adapted ?? []).map((p) => (
        <p key={p.id} id={`adapted-${p.id}`} className="font-serif text-lg leading-relaxed">
          <span className="mr-2 font-sans text-sm font-semibold text-neutral-700 dark:text-neutral-300">¶{numbers.get(p.id)}</span>
          {p.sentences.map((s) => s.text).join(" ")}
        </p>
      ))}
    </div>
  );
}
