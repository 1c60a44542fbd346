import { paragraphsOf } from "@/lib/content/parse-source";
import type { Source } from "@/lib/content/schemas";


/**
 * The source text with each sentence shaded by how many students chose it as evidence. Counts are written
 * next to each chosen sentence (✓ supports the claim, ✗ does not), so the shading is never the only cue.
 */
export function EvidenceHeatMap({ source, within, answer, counts, students }: { source: Source; within?: string[]; answer: string[]; counts: Record<string, number>; students: number }) {
  const paragraphs = paragraphsOf(source).filter((p) => !within || within.includes(p.id));
  const right = new Set(answer);
  return (
    <div className="max-w-[70ch] space-y-3 font-serif leading-relaxed">
      {paragraphs.map((p) => (
        <p key={p.id}>
          <span className="mr-1 font-sans text-xs text-neutral-600 dark:text-neutral-400">¶{p.number}</span>
          {p.sentences.map((s) => {
            const n = counts[s.id] ?? 0;
            const share = students ? n / students : 0;
            const isRight = right.has(s.id);
            return (
              <span key={s.id}>
                <span
                  className={isRight ? "underline decoration-green-700 decoration-2 underline-offset-4" : undefined}
                  style={n ? { backgroundColor: `color-mix(in srgb, ${isRight ? "#15803d" : "#b91c1c"} ${Math.round(12 + share * 45)}%, transparent)` } : undefined}
                >
                  {s.text}
                </span>
                {n > 0 && (
                  <span className="ml-1 rounded bg-neutral-200 px-1 font-sans text-xs text-neutral-900 dark:bg-neutral-700 dark:text-neutral-100">
                    {n} {isRight ? "✓" : "✗"}
                    <span className="sr-only">{` student${n === 1 ? "" : "s"} chose this sentence; it ${isRight ? "supports" : "does not support"} the claim`}</span>
                  </span>
                )}{" "}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
