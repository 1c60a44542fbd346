"use client";

import { useId, useState } from "react";
import { EVIDENCE_MAX, evidenceParagraphs, readSentences } from "@/lib/quiz/answers";
import { legendClass, optionControl, optionRow, quietText } from "./styles";
import type { EvidenceInputProps } from "./types";

/**
 * Evidence selection: the claim, then the source's sentences as checkboxes grouped by paragraph, so a
 * student picks a sentence with Tab and Space. A sixth choice is refused with a message rather than
 * disabling the other boxes (disabled boxes would drop out of the tab order and hide the text).
 */
export function EvidenceInput({ question, response, disabled, onChange, source }: EvidenceInputProps) {
  const hintId = useId();
  const chosen = readSentences(response);
  const [refusal, setRefusal] = useState("");
  const paragraphs = evidenceParagraphs(source, question.within);
  const order = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));

  function toggle(sentenceId: string, on: boolean) {
    if (on && chosen.length >= EVIDENCE_MAX) {
      setRefusal(`You can choose up to ${EVIDENCE_MAX} sentences. Unselect one to choose another.`);
      return;
    }
    setRefusal("");
    const next = on ? [...chosen, sentenceId] : chosen.filter((s) => s !== sentenceId);
    onChange({ sentences: order.filter((s) => next.includes(s)) }, "now");
  }

  return (
    <fieldset disabled={disabled} aria-describedby={hintId}>
      <legend className={legendClass}>{question.prompt}</legend>
      <div className="mb-4 rounded-lg border-l-4 border-accent bg-accent/5 px-4 py-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-neutral-700 dark:text-neutral-300">Claim</p>
        <p className="mt-1 text-base font-medium leading-snug">{question.claim}</p>
      </div>
      <p id={hintId} className="mb-1 text-sm text-neutral-700 dark:text-neutral-300">
        Choose up to {EVIDENCE_MAX} sentences that support the claim. <span className="tabular-nums">{chosen.length} chosen.</span>
      </p>
      {source && <p className="mb-3 font-serif text-sm italic text-neutral-700 dark:text-neutral-300">From: {source.title}</p>}
      {paragraphs.length === 0 ? (
        <p className={quietText}>The text of this source could not be loaded.</p>
      ) : (
        <div className="grid gap-4">
          {paragraphs.map((paragraph) => (
            <fieldset key={paragraph.id} className="grid gap-2">
              <legend className="mb-2 text-sm font-semibold text-neutral-700 dark:text-neutral-300">
                <span aria-hidden="true">¶{paragraph.number}</span>
                <span className="sr-only">Paragraph {paragraph.number}</span>
              </legend>
              {paragraph.sentences.map((sentence) => (
                <label key={sentence.id} className={optionRow}>
                  <input
                    type="checkbox"
                    value={sentence.id}
                    checked={chosen.includes(sentence.id)}
                    onChange={(e) => toggle(sentence.id, e.currentTarget.checked)}
                    className={optionControl}
                  />
                  <span className="font-serif text-[1.0625rem] leading-relaxed">{sentence.text}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm font-medium text-amber-800 dark:text-amber-300">
        {refusal}
      </p>
    </fieldset>
  );
}
