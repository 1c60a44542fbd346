"use client";

import type { DraftErrors, QuestionDraft } from "@/lib/authoring/question-draft";
import { describedBy, FieldError, fieldId, inputClass, smallButton, TextArea } from "./form-parts";

type Props = { draft: QuestionDraft; errors: DraftErrors; update: (patch: Partial<QuestionDraft>) => void };

const MAX_ROWS = 8;
const letter = (i: number) => String.fromCharCode(97 + i);
const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);
const replaced = <T,>(list: T[], i: number, value: T) => list.map((x, j) => (j === i ? value : x));

/** The part of the form that changes with the kind of question: its options and its answer key. */
export function AnswerFields({ draft, errors, update }: Props) {
  switch (draft.type) {
    case "single-choice":
    case "multiple-select":
      return <ChoiceFields draft={draft} errors={errors} update={update} />;
    case "true-false":
      return (
        <fieldset id={fieldId("trueFalse")} tabIndex={-1} {...describedBy("trueFalse", errors)}>
          <legend className="text-sm font-medium">The statement (the prompt) is</legend>
          <div className="mt-1 flex gap-4">
            {(["true", "false"] as const).map((v) => (
              <label key={v} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="q-true-false" checked={draft.trueFalse === v} onChange={() => update({ trueFalse: v })} className="size-5" />
                {v === "true" ? "True" : "False"}
              </label>
            ))}
          </div>
          <FieldError field="trueFalse" errors={errors} />
        </fieldset>
      );
    case "ordering":
      return <OrderingFields draft={draft} errors={errors} update={update} />;
    case "matching":
      return <MatchingFields draft={draft} errors={errors} update={update} />;
    case "short-answer":
      return <TextArea field="accepted" label="Accepted answers, one per line" hint="A student's answer is right when it matches one of these (case and extra spaces do not matter)." value={draft.accepted} onChange={(accepted) => update({ accepted })} errors={errors} />;
    case "evidence":
      return <TextArea field="claim" label="The claim students find evidence for" value={draft.claim} onChange={(claim) => update({ claim })} errors={errors} rows={2} />;
    case "open-response":
      return <RubricFields draft={draft} errors={errors} update={update} />;
  }
}

function ChoiceFields({ draft, errors, update }: Props) {
  const single = draft.type === "single-choice";
  const toggle = (i: number, on: boolean) => update({ correct: single ? (on ? [i] : []) : on ? [...draft.correct, i].sort() : draft.correct.filter((c) => c !== i) });
  return (
    <fieldset id={fieldId("choices")} tabIndex={-1} className="space-y-2" {...describedBy("choices", errors)}>
      <legend className="text-sm font-medium">Choices {single ? "(mark the one right answer)" : "(mark every right answer)"}</legend>
      <FieldError field="choices" errors={errors} />
      <div id={fieldId("correct")} tabIndex={-1} {...describedBy("correct", errors)}>
        <FieldError field="correct" errors={errors} />
      </div>
      {draft.choices.map((choice, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 grow">
            <label htmlFor={`q-choice-${i}`} className="block text-sm">
              Choice {letter(i)}
            </label>
            <input id={`q-choice-${i}`} value={choice.text} onChange={(e) => update({ choices: replaced(draft.choices, i, { text: e.currentTarget.value }) })} className={inputClass} />
          </div>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type={single ? "radio" : "checkbox"} name="q-correct" checked={draft.correct.includes(i)} onChange={(e) => toggle(i, e.currentTarget.checked)} className="size-5" />
            Right answer<span className="sr-only"> (choice {letter(i)})</span>
          </label>
          <button type="button" className={smallButton} disabled={draft.choices.length <= 2} onClick={() => update({ choices: without(draft.choices, i), correct: draft.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)) })}>
            Remove<span className="sr-only"> choice {letter(i)}</span>
          </button>
        </div>
      ))}
      <button type="button" className={smallButton} disabled={draft.choices.length >= MAX_ROWS} onClick={() => update({ choices: [...draft.choices, { text: "" }] })}>
        Add a choice
      </button>
    </fieldset>
  );
}

function OrderingFields({ draft, errors, update }: Props) {
  const move = (i: number, by: -1 | 1) => {
    const items = [...draft.items];
    [items[i], items[i + by]] = [items[i + by]!, items[i]!];
    update({ items });
  };
  return (
    <fieldset id={fieldId("items")} tabIndex={-1} className="space-y-2" {...describedBy("items", errors)}>
      <legend className="text-sm font-medium">Items, in the correct order (students get them mixed up)</legend>
      <FieldError field="items" errors={errors} />
      {draft.items.map((item, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 grow">
            <label htmlFor={`q-item-${i}`} className="block text-sm">
              Position {i + 1}
            </label>
            <input id={`q-item-${i}`} value={item.text} onChange={(e) => update({ items: replaced(draft.items, i, { text: e.currentTarget.value }) })} className={inputClass} />
          </div>
          <button type="button" className={smallButton} disabled={i === 0} onClick={() => move(i, -1)}>
            Up<span className="sr-only"> (item {i + 1})</span>
          </button>
          <button type="button" className={smallButton} disabled={i === draft.items.length - 1} onClick={() => move(i, 1)}>
            Down<span className="sr-only"> (item {i + 1})</span>
          </button>
          <button type="button" className={smallButton} disabled={draft.items.length <= 2} onClick={() => update({ items: without(draft.items, i) })}>
            Remove<span className="sr-only"> item {i + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" className={smallButton} disabled={draft.items.length >= MAX_ROWS} onClick={() => update({ items: [...draft.items, { text: "" }] })}>
        Add an item
      </button>
    </fieldset>
  );
}

function MatchingFields({ draft, errors, update }: Props) {
  return (
    <fieldset id={fieldId("pairs")} tabIndex={-1} className="space-y-2" {...describedBy("pairs", errors)}>
      <legend className="text-sm font-medium">Pairs: each item on the left with the one it matches (students get the right side mixed up)</legend>
      <FieldError field="pairs" errors={errors} />
      {draft.pairs.map((pair, i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div>
            <label htmlFor={`q-left-${i}`} className="block text-sm">
              Left {i + 1}
            </label>
            <input id={`q-left-${i}`} value={pair.left} onChange={(e) => update({ pairs: replaced(draft.pairs, i, { ...pair, left: e.currentTarget.value }) })} className={inputClass} />
          </div>
          <div>
            <label htmlFor={`q-right-${i}`} className="block text-sm">
              Matches
            </label>
            <input id={`q-right-${i}`} value={pair.right} onChange={(e) => update({ pairs: replaced(draft.pairs, i, { ...pair, right: e.currentTarget.value }) })} className={inputClass} />
          </div>
          <button type="button" className={smallButton} disabled={draft.pairs.length <= 2} onClick={() => update({ pairs: without(draft.pairs, i) })}>
            Remove<span className="sr-only"> pair {i + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" className={smallButton} disabled={draft.pairs.length >= MAX_ROWS} onClick={() => update({ pairs: [...draft.pairs, { left: "", right: "" }] })}>
        Add a pair
      </button>
    </fieldset>
  );
}

function RubricFields({ draft, errors, update }: Props) {
  return (
    <div className="space-y-4">
      <fieldset id={fieldId("rubric")} tabIndex={-1} className="space-y-2" {...describedBy("rubric", errors)}>
        <legend className="text-sm font-medium">Rubric, from the top level down (the top level&apos;s points are the question&apos;s)</legend>
        <FieldError field="rubric" errors={errors} />
        {draft.rubric.map((level, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[6rem_1fr_auto] sm:items-end">
            <div>
              <label htmlFor={`q-level-points-${i}`} className="block text-sm">
                Points
              </label>
              <input id={`q-level-points-${i}`} inputMode="decimal" value={level.points} onChange={(e) => update({ rubric: replaced(draft.rubric, i, { ...level, points: e.currentTarget.value }) })} className={inputClass} />
            </div>
            <div>
              <label htmlFor={`q-level-${i}`} className="block text-sm">
                What earns them
              </label>
              <input id={`q-level-${i}`} value={level.description} onChange={(e) => update({ rubric: replaced(draft.rubric, i, { ...level, description: e.currentTarget.value }) })} className={inputClass} />
            </div>
            <button type="button" className={smallButton} disabled={draft.rubric.length <= 2} onClick={() => update({ rubric: without(draft.rubric, i) })}>
              Remove<span className="sr-only"> level {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className={smallButton} disabled={draft.rubric.length >= MAX_ROWS} onClick={() => update({ rubric: [...draft.rubric, { points: "", description: "" }] })}>
          Add a level
        </button>
      </fieldset>
      <TextArea field="sampleAnswer" label="A sample answer (shown to you when grading, and to students when answers are shown)" value={draft.sampleAnswer} onChange={(sampleAnswer) => update({ sampleAnswer })} errors={errors} />
    </div>
  );
}
