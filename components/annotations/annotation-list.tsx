import type { AnnotationView } from "@/lib/annotations/change";
import { describeRun, inTextOrder } from "@/lib/annotations/marks";
import { annotationSkillLabel } from "@/lib/annotations/skills";
import { secondaryButton } from "@/components/quiz/styles";

type Props = {
  title: string;
  annotations: readonly AnnotationView[];
  quote(annotation: AnnotationView): string;
  onEdit?: (annotation: AnnotationView) => void;
  onRemove?: (annotation: AnnotationView) => void;
  headingLevel?: 2 | 3;
};

/** Highlights as a list: skill, place, the words, the note and the teacher's reply. */
export function AnnotationList({ title, annotations, quote, onEdit, onRemove, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-label={title} className="space-y-2">
      <Heading className="text-lg font-semibold">
        {title} ({annotations.length})
      </Heading>
      {annotations.length === 0 ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">None yet.</p>
      ) : (
        <ul className="space-y-3" data-testid="annotation-list">
          {inTextOrder(annotations).map((a) => (
            <li key={a.id} className="rounded-lg border border-neutral-300 p-3 dark:border-neutral-700">
              <p className="text-sm">
                <span data-annotation-skill={a.skill} className="mr-2 px-1 font-semibold">{annotationSkillLabel(a.skill)}</span>
                {a.model && <span className="mr-2 text-sm italic">from your teacher · </span>}
                <span className="text-neutral-700 dark:text-neutral-300">{describeRun(a.sentenceIds)}</span>
              </p>
              <blockquote className="mt-1 border-l-2 border-neutral-300 pl-3 font-serif dark:border-neutral-600">{quote(a)}</blockquote>
              {a.note && <p className="mt-1"><span className="font-semibold">Note:</span> {a.note}</p>}
              {a.reply && (
                <p className="mt-1 rounded bg-neutral-100 px-2 py-1 dark:bg-neutral-800" data-testid="annotation-reply">
                  <span className="font-semibold">Reply from your teacher:</span> {a.reply}
                </p>
              )}
              {(onEdit || onRemove) && (
                <div className="mt-2 flex gap-2">
                  {onEdit && <button type="button" className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`} onClick={() => onEdit(a)}>Edit<span className="sr-only"> the {annotationSkillLabel(a.skill)} highlight at {describeRun(a.sentenceIds)}</span></button>}
                  {onRemove && <button type="button" className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`} onClick={() => onRemove(a)}>Remove<span className="sr-only"> the {annotationSkillLabel(a.skill)} highlight at {describeRun(a.sentenceIds)}</span></button>}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
