"use client";

import { useActionState, useId, useState } from "react";
import { clearAssignmentAccommodationAction, setAssignmentAccommodationAction, setClassAccommodationAction } from "@/server/actions/accommodations";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EXTRA_TIME_LABELS, type AccommodationSettings } from "@/lib/accommodations";
import { EXTRA_TIMES } from "@/lib/enums";
import { idle, type FormState } from "@/lib/form-state";

const input = "mt-1 block w-full max-w-xs rounded-md border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900";

// <input type="datetime-local"> speaks the browser's local time; the server stores UTC.
const toLocalInput = (iso: string | null) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const toIso = (local: string) => (local ? new Date(local).toISOString() : "");

type Common = { classId: string; studentId: string; values: AccommodationSettings };

/** The fields every accommodation form has: extra time and the four switches. */
function SettingsFields({ values, timeLimitMinutes }: { values: AccommodationSettings; timeLimitMinutes?: number | null }) {
  const id = useId();
  const switches: [keyof AccommodationSettings, string, string][] = [
    ["reducedChoices", "Reduced choices", "One wrong option is removed from each single-choice question (of three or more), drawn when an attempt starts."],
    ["adaptedFirst", "Adapted text first", "The quiz opens on the adapted version of the documents; the original is one click away."],
    ["readAloud", "Read-aloud on by default", "The document is read aloud unless the student turns it off."],
    ["sentenceFrames", "Sentence frames", "Starters for open responses are shown; the student can still hide them."],
  ];
  return (
    <>
      <div>
        <label htmlFor={`${id}-time`} className="block text-sm font-medium">Time</label>
        <select id={`${id}-time`} name="extraTime" defaultValue={values.extraTime ?? ""} className={input} aria-describedby={timeLimitMinutes === null ? `${id}-untimed` : undefined}>
          <option value="">The assignment&apos;s time limit</option>
          {EXTRA_TIMES.map((t) => (
            <option key={t} value={t}>{EXTRA_TIME_LABELS[t]}</option>
          ))}
        </select>
        {timeLimitMinutes === null && <p id={`${id}-untimed`} className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">This assignment has no time limit.</p>}
      </div>
      {switches.map(([name, label, hint]) => (
        <div key={name} className="flex items-start gap-2">
          <input id={`${id}-${name}`} type="checkbox" name={name} defaultChecked={Boolean(values[name])} aria-describedby={`${id}-${name}-hint`} className="mt-0.5 h-5 w-5" />
          <div>
            <label htmlFor={`${id}-${name}`} className="font-medium">{label}</label>
            <p id={`${id}-${name}-hint`} className="text-sm text-neutral-700 dark:text-neutral-300">{hint}</p>
          </div>
        </div>
      ))}
    </>
  );
}

const OPEN_ATTEMPTS = "Changes apply at once, to an attempt the student already has open too: its time limit is recomputed from when it started. Reduced choices takes effect from the next attempt.";

export function ClassAccommodationForm({ classId, studentId, values }: Common) {
  const [state, action] = useActionState(setClassAccommodationAction, idle);
  return (
    <form action={action} className="space-y-4" aria-label="Accommodations for every assignment">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <SettingsFields values={values} />
      <p className="text-sm text-neutral-700 dark:text-neutral-300">{OPEN_ATTEMPTS}</p>
      <SubmitButton pendingLabel="Saving…">Save for every assignment</SubmitButton>
      <FormMessage state={withMessage(state)} />
    </form>
  );
}

/** One assignment's own accommodations: they replace the class settings for it, and may set a personal due date. */
export function AssignmentAccommodationForm({ classId, studentId, assignmentId, title, values, dueAt, own, timeLimitMinutes }: Common & { assignmentId: string; title: string; dueAt: string | null; own: boolean; timeLimitMinutes: number | null }) {
  const [state, action] = useActionState(setAssignmentAccommodationAction, idle);
  const [clearState, clear] = useActionState(clearAssignmentAccommodationAction, idle);
  const [due, setDue] = useState(() => toLocalInput(dueAt));
  const id = useId();
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-4" aria-label={`Accommodations for ${title}`}>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <SettingsFields values={values} timeLimitMinutes={timeLimitMinutes} />
        <div>
          <label htmlFor={`${id}-due`} className="block text-sm font-medium">Personal due date (optional)</label>
          <input id={`${id}-due`} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} aria-describedby={`${id}-due-hint`} className={input} />
          <input type="hidden" name="dueAt" value={toIso(due)} />
          <p id={`${id}-due-hint`} className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">Work is late, or missing, only after this date. Leave it empty to keep the assignment&apos;s.</p>
        </div>
        <p className="text-sm text-neutral-700 dark:text-neutral-300">These settings replace the class settings for this assignment. {OPEN_ATTEMPTS}</p>
        <SubmitButton pendingLabel="Saving…">Save for this assignment</SubmitButton>
        <FormMessage state={withMessage(state)} />
      </form>
      {own && (
        <form action={clear} className="space-y-2">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="studentId" value={studentId} />
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <SubmitButton variant="secondary" pendingLabel="Saving…">Use the class settings instead</SubmitButton>
          <FormMessage state={withMessage(clearState)} />
        </form>
      )}
    </div>
  );
}

// These actions return their confirmation as data.
function withMessage<T>(state: FormState<T>) {
  return state.status === "ok" ? { ...state, message: String(state.data) } : state;
}
