"use client";

import { EvidenceInput } from "@/components/quiz/evidence-input";
import type { DraftErrors } from "@/lib/authoring/question-draft";
import { readSentences } from "@/lib/quiz/answers";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { describedBy, FieldError, fieldId, inputClass } from "./form-parts";

/**
 * The evidence is picked in the real document, with the very sentence checkboxes a student answers an
 * evidence question with (components/quiz/evidence-input.tsx), so the teacher sees what the student will.
 */
export function EvidencePicker({ documents, source, sentences, isKey, claim, errors, onSource, onSentences }: {
  documents: SourceForEvidence[];
  source: string;
  sentences: string[];
  /** For an evidence question the picked sentences are the answer key. */
  isKey: boolean;
  claim: string;
  errors: DraftErrors;
  onSource: (id: string) => void;
  onSentences: (ids: string[]) => void;
}) {
  const document = documents.find((d) => d.id === source);
  return (
    <section aria-labelledby="q-evidence-heading" className="space-y-3 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
      <h3 id="q-evidence-heading" className="font-semibold">
        {isKey ? "The answer: sentences that support the claim" : "Evidence: the sentences this question is about"}
      </h3>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {isKey
          ? "Tick the sentences a student should choose; their answer is graded against these."
          : "Students see these in the feedback, and reports link to them."}
      </p>
      <div>
        <label htmlFor="q-source" className="block text-sm font-medium">
          Document
        </label>
        <select id="q-source" value={source} onChange={(e) => onSource(e.currentTarget.value)} className={inputClass}>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <div id={fieldId("sentences")} tabIndex={-1} {...describedBy("sentences", errors)}>
        <FieldError field="sentences" errors={errors} />
        <EvidenceInput
          question={{ type: "evidence", id: "q1", questionId: "picker", versionId: "picker", number: 1, skill: "close-reading", points: 1, prompt: isKey ? "Sentences in the key" : "Sentences the question is about", claim: claim.trim() || "(write it above)", source }}
          source={document}
          response={{ sentences }}
          disabled={false}
          onChange={(response) => onSentences(readSentences(response))}
        />
      </div>
    </section>
  );
}
