import type { AnnotationView } from "@/lib/annotations/change";
import { describeRun, inTextOrder } from "@/lib/annotations/marks";
import { annotationSkillLabel } from "@/lib/annotations/skills";
import { ReplyForm } from "./reply-form";

/** One student's highlights on one assignment, for the teacher's drill-down: the words, the note, a reply. */
export function StudentHighlights({ annotations, studentName, classAnnotationsHref }: { annotations: readonly (AnnotationView & { quote: string })[]; studentName: string; classAnnotationsHref: string }) {
  return (
    <section aria-label={`${studentName}'s highlights`} className="space-y-2">
      <h3 className="text-lg font-semibold">Highlights ({annotations.length})</h3>
      {annotations.length === 0 ? (
        <p className="text-sm">No highlights on this reading.</p>
      ) : (
        <ul className="space-y-3">
          {inTextOrder(annotations).map((a) => (
            <li key={a.id} className="max-w-3xl rounded-lg border border-neutral-300 p-3 dark:border-neutral-700">
              <p className="text-sm">
                <span data-annotation-skill={a.skill} className="mr-2 px-1 font-semibold">{annotationSkillLabel(a.skill)}</span>
                {describeRun(a.sentenceIds)}
              </p>
              <blockquote className="mt-1 border-l-2 border-neutral-300 pl-3 font-serif dark:border-neutral-600">{a.quote}</blockquote>
              {a.note && <p className="mt-1"><span className="font-semibold">Note:</span> {a.note}</p>}
              {a.note && <ReplyForm annotationId={a.id} reply={a.reply} context={`${studentName}'s note on ${describeRun(a.sentenceIds)}`} />}
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm"><a href={classAnnotationsHref} className="underline">The whole class&apos;s highlights on this reading</a></p>
    </section>
  );
}
