"use client";

import { useId, useState } from "react";
import { adaptedChosen } from "@/lib/quiz/text-version";
import { EVIDENCE_MAX, evidenceParagraphs, readSentences } from "@/lib/quiz/answers";
import { ADAPTED_NOTE, toggleAdapted, type TextVersion } from "@/lib/quiz/text-version";
import { legendClass, optionControl, optionRow, quietText } from "./styles";
import type { EvidenceInputProps } from "./types";

/**
 * Evidence selection: the claim, then the source's sentences as checkboxes grouped by paragraph, so a
 * student picks a sentence with Tab and Space. A sixth choice is refused with a message rather than
 * disabling the other boxes (disabled boxes would drop out of the tab order and hide the text).
 */
export function EvidenceInput({ question, response, disabled, onChange, source, version = "original" }: EvidenceInputProps & { version?: TextVersion }) {
  const hintId = useId();
  const chosen = readSentences(response);
  const [refusal, setRefusal] = useState("");
  const paragraphs = evidenceParagraphs(source, question.within);
  const order = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
  // On the adapted text each box stands for the original sentence(s) it renders: the answer is always the original's ids.
  const adapted = version === "adapted" && source?.adapted ? source.adapted : null;
  const shownParagraphs = adapted ? paragraphs.flatMap((p) => adapted.filter((a) => a.id === p.id).map((a) => ({ id: p.id, number: p.number, sentences: a.sentences }))) : paragraphs;
  const fromOf = (sentenceId: string) => adapted?.flatMap((p) => p.sentences).find((s) => s.id === sentenceId)?.from ?? [sentenceId];

  function toggle(sentenceId: string, on: boolean) {
    const next = toggleAdapted(chosen, fromOf(sentenceId), on);
    if (on && next.length > EVIDENCE_MAX) {
      setRefusal(`You can choose up to ${EVIDENCE_MAX} sentences. Unselect one to choose another.`);
      return;
    }
    setRefusal("");
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
      {source && <p className="mb-3 font-serif text-sm italic text-neutral-700 dark:text-neutral-300">From: {adapted ? `Adapted version of: ${source.title}` : source.title}</p>}
      {adapted && <p className="mb-3 rounded-md border border-dashed border-neutral-500 px-3 py-2 text-sm">{ADAPTED_NOTE} Your choice counts as the original sentences it comes from.</p>}
      {paragraphs.length === 0 ? (
        <p className={quietText}>The text of this source could not be loaded.</p>
      ) : (
        <div className="grid gap-4">
          {shownParagraphs.map((paragraph) => (
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
                    checked={adaptedChosen({ from: fromOf(sentence.id) }, chosen)}
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
