import { Fragment } from "react";
import type { SentenceMark } from "@/lib/annotations/marks";
import { annotationSkillLabel } from "@/lib/annotations/skills";

/**
 * A paragraph's sentences with the student's (and the teacher's model) highlights drawn on them, read-only:
 * what the quiz's document pane shows. The skill's name follows each highlight, so colour is not the only cue.
 */
export function AnnotatedSentences({ sourceId, sentences, marks }: { sourceId: string; sentences: readonly { id: string; text: string }[]; marks: ReadonlyMap<string, SentenceMark> }) {
  return sentences.map((s, i) => {
    const mark = marks.get(`${sourceId}#${s.id}`);
    return (
      <Fragment key={s.id}>
        {i > 0 && " "}
        {mark ? (
          <span data-annotation-skill={mark.skill} data-annotation-model={mark.modelOnly || undefined}>
            {s.text}
          </span>
        ) : (
          s.text
        )}
        {mark?.endsHere.map((a) => (
          <span key={a.id} className="ml-1 rounded border border-neutral-400 px-1 align-[0.1em] font-sans text-xs font-semibold text-neutral-800 dark:border-neutral-500 dark:text-neutral-200">
            <span className="sr-only">(highlight: </span>
            {a.model ? "Teacher: " : ""}
            {annotationSkillLabel(a.skill)}
            {a.note ? ` — ${a.note}` : ""}
            <span className="sr-only">)</span>
          </span>
        ))}
      </Fragment>
    );
  });
}
