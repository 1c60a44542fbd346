"use client";

import { useActionState, useMemo, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AUTHORED_TYPES, checkDraft, draftToQuestion, isSkill, TYPE_LABELS, type AuthoredType, type DraftErrors, type DraftField, type QuestionDraft } from "@/lib/authoring/question-draft";
import { SKILLS } from "@/lib/content/schemas";
import type { SourceIndex } from "@/lib/content/validate-quiz";
import { SKILL_LABELS } from "@/lib/content/labels";
import { idle, type FormState } from "@/lib/form-state";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { createTeacherQuestionAction, updateTeacherQuestionAction } from "@/server/actions/questions";
import { AnswerFields } from "./answer-fields";
import { EvidencePicker } from "./evidence-picker";
import { describedBy, FieldError, fieldId, inputClass, TextArea } from "./form-parts";

type Props = { documents: SourceForEvidence[]; initial: QuestionDraft } & ({ mode: "create"; assignmentId: string } | { mode: "edit"; questionId: string });

// The order errors are focused in: the order of the fields on the page.
const FIELD_ORDER: DraftField[] = ["type", "prompt", "skill", "points", "claim", "choices", "correct", "trueFalse", "items", "pairs", "accepted", "rubric", "sampleAnswer", "sentences", "explanation"];

/**
 * A teacher's question, written in steps: its kind, the prompt, the kind's own fields and key, the evidence
 * picked in the document, the explanation. Checked on submit by the content schema (lib/authoring), errors
 * beside their fields and the first one focused; the server checks it again.
 */
export function QuestionForm(props: Props) {
  const submit = (props.mode === "create" ? createTeacherQuestionAction : updateTeacherQuestionAction) as (s: FormState<unknown>, f: FormData) => Promise<FormState<unknown>>;
  const [state, action] = useActionState(submit, idle);
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const index: SourceIndex = useMemo(
    () => new Map(props.documents.map((d) => [d.id, { paragraphs: new Set(d.paragraphs.map((p) => p.id)), sentences: new Set(d.paragraphs.flatMap((p) => p.sentences.map((s) => s.id))) }])),
    [props.documents],
  );
  const update = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const shown = state.status === "ok" ? { ...state, message: String(state.data) } : state;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const checked = checkDraft(draft, index);
    if (checked.ok) {
      setErrors({});
      return;
    }
    event.preventDefault();
    setErrors(checked.errors);
    const first = FIELD_ORDER.find((f) => checked.errors[f]);
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  }

  const count = Object.keys(errors).length;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
      {props.mode === "create" ? <input type="hidden" name="assignmentId" value={props.assignmentId} /> : <input type="hidden" name="questionId" value={props.questionId} />}
      <input type="hidden" name="question" value={JSON.stringify(draftToQuestion(draft))} />
      <FormMessage state={shown} />
      {count > 0 && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          Not saved: {count === 1 ? "one field needs" : `${count} fields need`} attention (marked ⚠ below).
        </p>
      )}

      <div>
        <label htmlFor={fieldId("type")} className="block text-sm font-medium">
          Kind of question
        </label>
        <select id={fieldId("type")} value={draft.type} onChange={(e) => update({ type: e.currentTarget.value as AuthoredType })} className={inputClass} {...describedBy("type", errors)}>
          {AUTHORED_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
        <FieldError field="type" errors={errors} />
      </div>

      <TextArea field="prompt" label={draft.type === "true-false" ? "The statement students judge true or false" : "The question students read"} value={draft.prompt} onChange={(prompt) => update({ prompt })} errors={errors} />

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={fieldId("skill")} className="block text-sm font-medium">
            Skill it practises
          </label>
          <select id={fieldId("skill")} value={draft.skill} onChange={(e) => isSkill(e.currentTarget.value) && update({ skill: e.currentTarget.value })} className={inputClass}>
            {SKILLS.map((s) => (
              <option key={s} value={s}>
                {SKILL_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {draft.type !== "open-response" && (
          <div>
            <label htmlFor={fieldId("points")} className="block text-sm font-medium">
              Points
            </label>
            <input id={fieldId("points")} inputMode="decimal" value={draft.points} onChange={(e) => update({ points: e.currentTarget.value })} className={inputClass} {...describedBy("points", errors)} />
            <FieldError field="points" errors={errors} />
          </div>
        )}
      </div>

      <AnswerFields draft={draft} errors={errors} update={update} />

      <EvidencePicker
        documents={props.documents}
        source={draft.source}
        sentences={draft.sentences}
        isKey={draft.type === "evidence"}
        claim={draft.type === "evidence" ? draft.claim : draft.prompt}
        errors={errors}
        onSource={(source) => update({ source, sentences: [] })}
        onSentences={(sentences) => update({ sentences })}
      />

      <TextArea field="explanation" label="Explanation" hint="Shown to students with the answer, when the assignment shows answers." value={draft.explanation} onChange={(explanation) => update({ explanation })} errors={errors} />

      <SubmitButton pendingLabel="Saving…">{props.mode === "create" ? "Add the question to this assignment" : "Save changes"}</SubmitButton>
    </form>
  );
}
