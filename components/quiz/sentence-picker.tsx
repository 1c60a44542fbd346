"use client";

import { useId, useState } from "react";
import { telegramName } from "@/lib/argument/citations";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { optionControl, optionRow, quietText } from "./styles";

export type PickedSentence = { source: string; sentence: string };

type Props = {
  /** The documents to pick from, each shown in a section of its own that opens and closes. */
  sources: readonly SourceForEvidence[];
  chosen: readonly PickedSentence[];
  max: number;
  disabled: boolean;
  onChange: (next: PickedSentence[]) => void;
  /** Names the group for screen readers, e.g. "Evidence for your claim". */
  label: string;
};

const same = (a: PickedSentence, b: PickedSentence) => a.source === b.source && a.sentence === b.sentence;

/**
 * Picking sentences from one or more documents: every sentence is a real checkbox with the sentence as its
 * label, grouped by document and paragraph, so Tab moves and Space toggles, a screen reader names each one, and
 * on a phone the whole row is the target. Each document is a native <details>, so a long text folds away. Past
 * the limit, a choice is refused with a message rather than disabling the boxes (which would take them out of
 * the tab order). The order of `chosen` is the order the student picked, so their evidence reads as they built it.
 */
export function SentencePicker({ sources, chosen, max, disabled, onChange, label }: Props) {
  const hintId = useId();
  const [refusal, setRefusal] = useState("");

  function toggle(pick: PickedSentence, on: boolean) {
    if (on && chosen.length >= max) {
      setRefusal(`You can cite up to ${max} sentences. Unselect one to choose another.`);
      return;
    }
    setRefusal("");
    onChange(on ? [...chosen.filter((c) => !same(c, pick)), pick] : chosen.filter((c) => !same(c, pick)));
  }

  return (
    <fieldset disabled={disabled} aria-describedby={hintId} className="grid gap-3">
      <legend className="sr-only">{label}</legend>
      <p id={hintId} className="text-sm text-neutral-700 dark:text-neutral-300">
        Open a telegram and tick the sentences you use, up to {max}. <span className="tabular-nums">{chosen.length} chosen.</span>
      </p>
      {sources.length === 0 && <p className={quietText}>The telegrams could not be loaded.</p>}
      {sources.map((source) => {
        const count = chosen.filter((c) => c.source === source.id).length;
        return (
          <details key={source.id} className="group rounded-lg border border-neutral-300 dark:border-neutral-700" data-source={source.id}>
            <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-lg px-4 py-2 font-medium">
              <span>
                <span className="block">{telegramName(source.id, source.title)}</span>
                <span className="block font-serif text-sm font-normal text-neutral-700 dark:text-neutral-300">{source.title}</span>
              </span>
              <span className="shrink-0 text-sm tabular-nums text-neutral-700 dark:text-neutral-300">{count} chosen</span>
            </summary>
            <div className="grid gap-4 px-3 pb-4 pt-1">
              {[...source.paragraphs]
                .sort((a, b) => a.number - b.number)
                .map((paragraph) => (
                  <fieldset key={paragraph.id} className="grid gap-2">
                    <legend className="mb-1 text-sm font-semibold text-neutral-700 dark:text-neutral-300">
                      <span aria-hidden="true">¶{paragraph.number}</span>
                      <span className="sr-only">Paragraph {paragraph.number}</span>
                    </legend>
                    {paragraph.sentences.map((sentence) => {
                      const pick = { source: source.id, sentence: sentence.id };
                      return (
                        <label key={sentence.id} className={optionRow}>
                          <input
                            type="checkbox"
                            value={`${source.id} ${sentence.id}`}
                            checked={chosen.some((c) => same(c, pick))}
                            onChange={(e) => toggle(pick, e.currentTarget.checked)}
                            className={optionControl}
                          />
                          <span className="font-serif text-[1.0625rem] leading-relaxed">{sentence.text}</span>
                        </label>
                      );
                    })}
                  </fieldset>
                ))}
            </div>
          </details>
        );
      })}
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-amber-800 dark:text-amber-300">
        {refusal}
      </p>
    </fieldset>
  );
}
