import type { Source } from "@/lib/content/schemas";
import { paragraphsOf } from "@/lib/content/parse-source";
import { ADAPTED_NOTE } from "@/lib/quiz/text-version";

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
