"use client";

import { useActionState, useState } from "react";
import { useIsClient } from "@/components/ui/use-is-client";
import { LessonStandards, type LessonStandardsInfo } from "@/components/assignments/lesson-standards";
import { createAssignmentAction, updateAssignmentAction } from "@/server/actions/assignments";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { LATE_LABELS, type LatePolicy } from "@/lib/assignment-rules";
import { REVEAL_FOR_TEACHERS, REVEAL_LABELS, type RevealPolicy } from "@/lib/reveal-policy";
import { idle, type FormState } from "@/lib/form-state";
import { AnnotationRequirementFields } from "@/components/annotations/requirement-fields";

export type AssignmentFormValues = {
  lessonId: string;
  opensAt: string; // ISO
  dueAt: string; // ISO
  latePolicy: LatePolicy;
  attemptsAllowed: number | null;
  revealPolicy: RevealPolicy;
  timeLimitMinutes: number | null;
  readingOnly: boolean;
  shuffleOptions: boolean;
  shuffleQuestions: boolean;
  annotationsRequired?: number | null;
  annotationSkill?: string | null;
};

type Props = { lessons: ({ id: string; title: string; questions: number } & LessonStandardsInfo)[]; values: AssignmentFormValues } & ({ mode: "create"; classId: string } | { mode: "edit"; assignmentId: string });

// <input type="datetime-local"> speaks the browser's local time; the server stores UTC.
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const toIso = (local: string) => (local ? new Date(local).toISOString() : "");

const input = "mt-1 block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900";

export function AssignmentForm(props: Props) {
  const submit = (props.mode === "create" ? createAssignmentAction : updateAssignmentAction) as (s: FormState<unknown>, f: FormData) => Promise<FormState<unknown>>;
  const [state, action] = useActionState(submit, idle);
  const isClient = useIsClient();
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const shown = state.status === "ok" ? { ...state, message: String(state.data) } : state;
  const [lessonId, setLessonId] = useState(props.values.lessonId);

  return (
    <form action={action} className="max-w-xl space-y-5">
      <FormMessage state={shown} />
      {props.mode === "create" ? <input type="hidden" name="classId" value={props.classId} /> : <input type="hidden" name="assignmentId" value={props.assignmentId} />}
      <div>
        <label htmlFor="lessonId" className="block text-sm font-medium">Lesson</label>
        <select id="lessonId" name="lessonId" defaultValue={props.values.lessonId} onChange={(e) => setLessonId(e.target.value)} aria-describedby="lesson-standards" className={input}>
          {props.lessons.map((l) => (
            <option key={l.id} value={l.id}>{l.title} ({l.questions} questions)</option>
          ))}
        </select>
        <LessonStandards id="lesson-standards" lesson={props.lessons.find((l) => l.id === lessonId)} />
      </div>
      {/* The browser's time zone decides what the teacher's "17:00" means, so these render in the browser only. */}
      {isClient ? <DateFields opensAt={props.values.opensAt} dueAt={props.values.dueAt} dueErrors={errors?.dueAt} /> : <p className="text-sm">Loading the date fields…</p>}

      <label className="flex items-center gap-2">
        <input type="checkbox" name="readingOnly" defaultChecked={props.values.readingOnly} className="h-5 w-5" />
        Reading only (no quiz: students read and mark it done)
      </label>

      <fieldset>
        <legend className="text-sm font-medium">Late work</legend>
        {(Object.keys(LATE_LABELS) as LatePolicy[]).map((p) => (
          <label key={p} className="mt-1 flex items-center gap-2">
            <input type="radio" name="latePolicy" value={p} defaultChecked={props.values.latePolicy === p} className="h-5 w-5" /> {LATE_LABELS[p]}
          </label>
        ))}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="attemptsAllowed" className="block text-sm font-medium">Attempts allowed</label>
          <select id="attemptsAllowed" name="attemptsAllowed" defaultValue={props.values.attemptsAllowed === null ? "unlimited" : String(props.values.attemptsAllowed)} className={input}>
            {[1, 2, 3, 5].map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
            <option value="unlimited">Unlimited</option>
          </select>
        </div>
        <div>
          <label htmlFor="timeLimitMinutes" className="block text-sm font-medium">Time limit in minutes (optional)</label>
          <input id="timeLimitMinutes" name="timeLimitMinutes" type="number" min={1} max={600} inputMode="numeric" defaultValue={props.values.timeLimitMinutes ?? ""} aria-describedby={errors?.timeLimitMinutes ? "limit-error" : undefined} className={input} />
          {errors?.timeLimitMinutes && <p id="limit-error" className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.timeLimitMinutes.join(" ")}</p>}
        </div>
      </div>

      <fieldset>
        <legend className="text-sm font-medium">What students see of their results</legend>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">They always see their total score.</p>
        {(Object.keys(REVEAL_LABELS) as RevealPolicy[]).map((p) => (
          <div key={p} className="mt-2">
            <label className="flex items-center gap-2 font-medium">
              <input type="radio" name="revealPolicy" value={p} defaultChecked={props.values.revealPolicy === p} aria-describedby={`reveal-${p}`} className="h-5 w-5" /> {REVEAL_LABELS[p]}
            </label>
            <p id={`reveal-${p}`} className="pl-7 text-sm text-neutral-700 dark:text-neutral-300">{REVEAL_FOR_TEACHERS[p]}</p>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium">Order</legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="shuffleOptions" defaultChecked={props.values.shuffleOptions} aria-describedby="shuffle-options-hint" className="h-5 w-5" />
          Shuffle the options for each student
        </label>
        <p id="shuffle-options-hint" className="pl-7 text-sm text-neutral-700 dark:text-neutral-300">
          Choices, matching options and the starting order of ordering questions differ from student to student, and stay the same for each. Questions whose options only make sense in their order keep it.
        </p>
        <label className="mt-2 flex items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={props.values.shuffleQuestions} className="h-5 w-5" />
          Shuffle the order of the questions for each student
        </label>
      </fieldset>

      <AnnotationRequirementFields count={props.values.annotationsRequired ?? null} skill={props.values.annotationSkill ?? null} errors={errors} />

      <SubmitButton pendingLabel="Saving…">{props.mode === "create" ? "Assign" : "Save changes"}</SubmitButton>
    </form>
  );
}

function DateFields({ opensAt: opensIso, dueAt: dueIso, dueErrors }: { opensAt: string; dueAt: string; dueErrors?: string[] }) {
  const [opensAt, setOpensAt] = useState(() => toLocalInput(opensIso));
  const [dueAt, setDueAt] = useState(() => toLocalInput(dueIso));
  return (
    <>
      <input type="hidden" name="opensAt" value={toIso(opensAt)} />
      <input type="hidden" name="dueAt" value={toIso(dueAt)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="opensAtLocal" className="block text-sm font-medium">Opens</label>
          <input id="opensAtLocal" type="datetime-local" required value={opensAt} onChange={(e) => setOpensAt(e.target.value)} className={input} />
        </div>
        <div>
          <label htmlFor="dueAtLocal" className="block text-sm font-medium">Due</label>
          <input id="dueAtLocal" type="datetime-local" required value={dueAt} onChange={(e) => setDueAt(e.target.value)} aria-describedby={dueErrors ? "due-error" : undefined} className={input} />
          {dueErrors && <p id="due-error" className="mt-1 text-sm text-red-700 dark:text-red-400">{dueErrors.join(" ")}</p>}
        </div>
      </div>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        Times are in your time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}); students see them in theirs.
      </p>
    </>
  );
}
