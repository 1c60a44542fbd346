"use client";

import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { AnnotationView } from "@/lib/annotations/change";
import { describeRun, marksBySentence } from "@/lib/annotations/marks";
import { describeRequirement, requirementProgress, type AnnotationRequirement } from "@/lib/annotations/requirement";
import { runBetween } from "@/lib/annotations/runs";
import { annotationSkillLabel, type AnnotationSkill } from "@/lib/annotations/skills";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { AnnotationList } from "./annotation-list";
import { AnnotationToolbar, type Draft } from "./annotation-toolbar";
import { useAnnotationQueue } from "./use-annotation-queue";

type Selection = { sourceId: string; anchor: string; focus: string };

export type AnnotationLayerProps = {
  assignmentId: string;
  /** Whose layer this is: the student, or the teacher writing model annotations ("from your teacher"). */
  authorId: string;
  mode: "student" | "model";
  excerpts: readonly ReadingExcerpt[];
  mine: readonly AnnotationView[];
  /** Shown but not editable here: the teacher's model annotations, on a student's layer. */
  others?: readonly AnnotationView[];
  requirement?: AnnotationRequirement | null;
  /** Show the highlights without letting them change (results). */
  readOnly?: boolean;
  /** Headings of the documents: h3 on the assignment page, h2 where the layer is the page's main text. */
  headingLevel?: 2 | 3;
  /** Link each document's title to its page in the reader (/sources/[id]). */
  linkSources?: boolean;
  /** What goes with each document, by source id: its head note above the text, its guiding questions below. */
  around?: Readonly<Record<string, { before?: ReactNode; after?: ReactNode }>>;
};

const newId = () => crypto.randomUUID();

/**
 * The text as a list of selectable sentences, with a highlight toolbar and the list of highlights. Sentences
 * are options of a listbox per document: one tab stop; arrows move, Space selects, Shift+arrow or "Add the next
 * sentence" extends the run; a click or tap selects, Shift+click extends. Nothing depends on dragging or hovering.
 */
export function AnnotationLayer({ assignmentId, authorId, mode, excerpts, mine, others = [], requirement, readOnly = false, headingLevel = 3, linkSources = false, around }: AnnotationLayerProps) {
  const { queue, state } = useAnnotationQueue({ assignmentId, authorId, model: mode === "model", initial: mine, readOnly });
  const [selection, setSelection] = useState<Selection | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editing, setEditing] = useState<AnnotationView | null>(null);
  // Bumped after each highlight or cancel, so the next one starts with an empty toolbar (no leftover note).
  const [draftNumber, setDraftNumber] = useState(0);
  const hintId = useId();
  const optionRefs = useRef(new Map<string, HTMLElement>());
  const toolbarRef = useRef<HTMLDivElement>(null);

  const orders = useMemo(() => new Map(excerpts.map((e) => [e.sourceId, e.paragraphs.flatMap((p) => p.sentences.map((s) => s.id))])), [excerpts]);
  const texts = useMemo(() => new Map(excerpts.flatMap((e) => e.paragraphs.flatMap((p) => p.sentences.map((s) => [`${e.sourceId}#${s.id}`, s.text] as const)))), [excerpts]);
  const all = useMemo(() => [...others, ...state.annotations], [others, state.annotations]);
  const marks = useMemo(() => marksBySentence(all), [all]);
  const run = selection ? runBetween(orders.get(selection.sourceId) ?? [], selection.anchor, selection.focus) : [];
  const selected = new Set(run.map((id) => `${selection?.sourceId}#${id}`));
  const progress = requirement ? requirementProgress(requirement, state.annotations) : null;
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function focusSentence(sourceId: string, id: string) {
    setFocusId(`${sourceId}#${id}`);
    optionRefs.current.get(`${sourceId}#${id}`)?.focus();
  }

  function select(sourceId: string, id: string, extend: boolean) {
    setEditing(null);
    if (extend && selection?.sourceId === sourceId) setSelection({ ...selection, focus: id });
    else if (!extend && selection && run.length === 1 && run[0] === id && selection.sourceId === sourceId) setSelection(null);
    else setSelection({ sourceId, anchor: id, focus: id });
  }

  function onKeyDown(event: KeyboardEvent, sourceId: string, id: string) {
    const order = orders.get(sourceId) ?? [];
    const at = order.indexOf(id);
    const move = (to: number) => {
      const target = order[Math.max(0, Math.min(order.length - 1, to))];
      if (!target) return;
      event.preventDefault();
      focusSentence(sourceId, target);
      if (event.shiftKey) setSelection(selection?.sourceId === sourceId ? { ...selection, focus: target } : { sourceId, anchor: id, focus: target });
    };
    if (event.key === "ArrowRight" || event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(order.length - 1);
    else if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      if (!readOnly) select(sourceId, id, event.shiftKey);
    } else if (event.key === "Escape") {
      setSelection(null);
      setEditing(null);
    }
  }

  function extend(direction: 1 | -1) {
    if (!selection) return;
    const order = orders.get(selection.sourceId) ?? [];
    const first = order.indexOf(run[0]!);
    const last = order.indexOf(run.at(-1)!);
    const target = direction === 1 ? order[last + 1] : order[first - 1];
    if (!target) return;
    setSelection(direction === 1 ? { sourceId: selection.sourceId, anchor: run[0]!, focus: target } : { sourceId: selection.sourceId, anchor: run.at(-1)!, focus: target });
  }

  function save(draft: Draft) {
    if (!selection || run.length === 0) return;
    queue.set({ id: editing?.id ?? newId(), sourceId: selection.sourceId, sentenceIds: run, skill: draft.skill, note: draft.note, deleted: false });
    setSelection(null);
    setEditing(null);
    setDraftNumber((n) => n + 1);
    returnFocus(`${selection.sourceId}#${run.at(-1)}`);
  }

  /** The toolbar's form goes away once the highlight is made: focus goes back to the text, where it came from. */
  function returnFocus(key: string) {
    setFocusId(key);
    requestAnimationFrame(() => optionRefs.current.get(key)?.focus());
  }

  function edit(annotation: AnnotationView) {
    setEditing(annotation);
    setSelection({ sourceId: annotation.sourceId, anchor: annotation.sentenceIds[0]!, focus: annotation.sentenceIds.at(-1)! });
    requestAnimationFrame(() => toolbarRef.current?.querySelector<HTMLElement>("input:checked, input")?.focus());
  }

  function remove(annotation: AnnotationView) {
    queue.set({ id: annotation.id, sourceId: annotation.sourceId, sentenceIds: annotation.sentenceIds, skill: annotation.skill, note: annotation.note, deleted: true });
    if (editing?.id === annotation.id) {
      setEditing(null);
      setSelection(null);
    }
  }

  const quote = (a: AnnotationView) => a.sentenceIds.map((id) => texts.get(`${a.sourceId}#${id}`) ?? "").join(" ");
  const firstFocusable = (sourceId: string) => {
    const order = orders.get(sourceId) ?? [];
    const inSource = focusId?.startsWith(`${sourceId}#`) ? focusId : null;
    return inSource ?? `${sourceId}#${order[0]}`;
  };
  let paragraphIndex = 0;

  return (
    <div className="space-y-6" data-annotation-layer={mode}>
      {requirement && progress && (
        <p data-testid="annotation-requirement" className="rounded-lg border border-neutral-300 px-3 py-2 text-sm dark:border-neutral-700">
          <strong>{mode === "model" ? "Students are asked to: " : "Your teacher asks: "}</strong>
          {describeRequirement(requirement)}.{" "}
          {mode === "student" && (
            <span role="status">
              {progress.met ? "✓ Done" : "Not yet"}: {progress.done} of {progress.count}.
            </span>
          )}
        </p>
      )}
      <p id={hintId} className="text-sm text-neutral-700 dark:text-neutral-300">
        {readOnly
          ? "Your highlights are marked in the text and listed below it."
          : "To highlight, select a sentence (click or tap it, or Tab to the text and press Space; arrow keys move, Shift with an arrow adds the next one), then choose a skill below."}
      </p>
      {excerpts.map((excerpt) => (
        <article key={excerpt.sourceId} aria-label={excerpt.title} className="space-y-3">
          <Heading className="font-serif text-lg font-semibold">
            {linkSources ? <a href={`/sources/${excerpt.sourceId}`} className="underline-offset-4 hover:underline">{excerpt.title}</a> : excerpt.title}
          </Heading>
          {around?.[excerpt.sourceId]?.before}
          <div role="listbox" aria-multiselectable="true" aria-label={`Sentences of ${excerpt.title}`} aria-describedby={hintId} className="max-w-[70ch] space-y-3 font-serif text-lg leading-relaxed">
            {excerpt.paragraphs.map((p) => (
              <div key={p.id} role="group" aria-label={`Paragraph ${p.number}`} data-paragraph-index={paragraphIndex++} className="relative pl-8">
                <span className="absolute left-0 top-1 font-sans text-xs text-neutral-600 dark:text-neutral-400" aria-hidden>¶{p.number}</span>
                {p.sentences.map((s, i) => {
                  const key = `${excerpt.sourceId}#${s.id}`;
                  const mark = marks.get(key);
                  const isSelected = selected.has(key);
                  return (
                    <span key={s.id}>
                      {i > 0 && " "}
                      <span
                        ref={(el) => void (el ? optionRefs.current.set(key, el) : optionRefs.current.delete(key))}
                        role="option"
                        aria-selected={isSelected}
                        tabIndex={key === firstFocusable(excerpt.sourceId) ? 0 : -1}
                        data-sentence-option={s.id}
                        data-annotation-skill={mark?.skill}
                        data-annotation-model={mark?.modelOnly || undefined}
                        data-annotation-selected={isSelected || undefined}
                        onClick={(event) => {
                          setFocusId(key);
                          if (!readOnly) select(excerpt.sourceId, s.id, event.shiftKey);
                        }}
                        onKeyDown={(event) => onKeyDown(event, excerpt.sourceId, s.id)}
                        onFocus={() => setFocusId(key)}
                        className="cursor-pointer"
                      >
                        {s.text}
                        {mark && <span className="sr-only"> (highlighted: {mark.skills.map(annotationSkillLabel).join(", ")}{mark.modelOnly ? ", by your teacher" : ""})</span>}
                      </span>
                      {mark?.endsHere.map((a) => (
                        <span key={a.id} aria-hidden="true" className="ml-1 whitespace-nowrap rounded border border-neutral-400 px-1 align-[0.1em] font-sans text-xs font-semibold text-neutral-800 dark:border-neutral-500 dark:text-neutral-200">
                          {a.model ? "Teacher: " : ""}
                          {annotationSkillLabel(a.skill)}
                          {a.note ? " ✎" : ""}
                        </span>
                      ))}
                    </span>
                  );
                })}
              </div>
            ))}
          </div>
          {around?.[excerpt.sourceId]?.after}
        </article>
      ))}
      {!readOnly && (
        <AnnotationToolbar
          ref={toolbarRef}
          key={`${editing?.id ?? "new"}-${draftNumber}`}
          selectionLabel={selection && run.length ? `${excerpts.find((e) => e.sourceId === selection.sourceId)?.title ?? ""}, ${describeRun(run)}` : null}
          editing={editing}
          status={state.status}
          error={state.error}
          onExtend={extend}
          onSave={save}
          onCancel={() => {
            setSelection(null);
            setEditing(null);
            setDraftNumber((n) => n + 1);
            if (selection && run.length) returnFocus(`${selection.sourceId}#${run.at(-1)}`);
          }}
          onRemove={editing ? () => remove(editing) : undefined}
        />
      )}
      <AnnotationList title={mode === "model" ? "Your model highlights for the class" : "Your highlights"} annotations={state.annotations} quote={quote} onEdit={readOnly ? undefined : edit} onRemove={readOnly ? undefined : remove} />
      {others.length > 0 && <AnnotationList title="From your teacher" annotations={others} quote={quote} />}
    </div>
  );
}

export type { AnnotationSkill };
