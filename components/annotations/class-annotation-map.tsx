import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { ANNOTATION_SKILLS, annotationSkillLabel, type AnnotationSkill } from "@/lib/annotations/skills";

/**
 * The class's highlights over the text, like the evidence heat map: each sentence shaded in the skill most
 * students gave it, with the count per skill written after it ("Sourcing 3"), so neither colour nor shading is
 * the only cue.
 */
export function ClassAnnotationMap({ excerpts, counts, students }: { excerpts: readonly ReadingExcerpt[]; counts: Record<string, Record<string, number>>; students: number }) {
  return (
    <div className="space-y-6" data-testid="class-annotation-map">
      {excerpts.map((excerpt) => (
        <article key={excerpt.sourceId} aria-label={excerpt.title} className="space-y-3">
          <h3 className="font-serif text-lg font-semibold">{excerpt.title}</h3>
          <div className="max-w-[70ch] space-y-3 font-serif text-lg leading-relaxed">
            {excerpt.paragraphs.map((p) => (
              <p key={p.id} className="relative pl-8">
                <span className="absolute left-0 top-1 font-sans text-xs text-neutral-600 dark:text-neutral-400" aria-hidden>¶{p.number}</span>
                <span className="sr-only">Paragraph {p.number}. </span>
                {p.sentences.map((s) => {
                  const bySkill = counts[`${excerpt.sourceId}#${s.id}`] ?? {};
                  const present = ANNOTATION_SKILLS.filter((k) => (bySkill[k] ?? 0) > 0);
                  const top = present.reduce<AnnotationSkill | undefined>((best, k) => (!best || (bySkill[k] ?? 0) > (bySkill[best] ?? 0) ? k : best), undefined);
                  return (
                    <span key={s.id} data-class-sentence={s.id}>
                      <span data-annotation-skill={top}>{s.text}</span>
                      {present.map((k) => (
                        <span key={k} className="ml-1 whitespace-nowrap rounded border border-neutral-400 bg-[var(--color-card)] px-1 align-[0.1em] font-sans text-xs font-semibold dark:border-neutral-500">
                          {annotationSkillLabel(k)} {bySkill[k]}
                          <span className="sr-only">{` of ${students} student${students === 1 ? "" : "s"}`}</span>
                        </span>
                      ))}{" "}
                    </span>
                  );
                })}
              </p>
            ))}
          </div>
        </article>
      ))}
    </div>
  );
}
