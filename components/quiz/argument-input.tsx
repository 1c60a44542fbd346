"use client";

import { useId, useState } from "react";
import { telegramName } from "@/lib/argument/citations";
import { sentenceAnchor } from "@/lib/content/anchors";
import { ARGUMENT_FRAMES, ARGUMENT_PARTS, type ArgumentPart } from "@/lib/quiz/argument-frames";
import { ARGUMENT_MAX_CITATIONS, ARGUMENT_PART_MAX, charCount, clampText, readArgument, type ArgumentDraft } from "@/lib/quiz/answers";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { SentencePicker } from "./sentence-picker";
import { fieldClass, legendClass, quietText, secondaryButton } from "./styles";
import type { InputProps } from "./types";

export type ArgumentInputProps = InputProps<"argument"> & {
  /** The documents the argument may cite, whole. */
  sources: readonly SourceForEvidence[];
  /** Show the sentence frames from the start (an accommodation); the student can still hide them. */
  framesOpen?: boolean;
};

type TextPart = Exclude<ArgumentPart, "evidence">;

/**
 * The argument task: a claim, evidence picked as sentences of either telegram (shown back as quotations that
 * link to the text), the reasoning and a counter-argument. Every change goes through the quiz's save queue:
 * text as "typing" (debounced), a citation at once. Sentence frames open on request.
 */
export function ArgumentInput({ question, response, disabled, onChange, sources, framesOpen = false }: ArgumentInputProps) {
  const id = useId();
  const [showFrames, setShowFrames] = useState(framesOpen);
  const draft = readArgument(response);
  const update = (next: Partial<ArgumentDraft>, kind: "now" | "typing") => onChange({ ...draft, ...next }, kind);
  const part = (name: ArgumentPart) => ARGUMENT_PARTS.find((p) => p.part === name)!;
  const titleOf = (sourceId: string) => telegramName(sourceId, sources.find((s) => s.id === sourceId)?.title);
  const textOf = (sourceId: string, sentenceId: string) =>
    sources.find((s) => s.id === sourceId)?.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === sentenceId)?.text ?? "(sentence not found)";

  const textPart = (name: TextPart, rows: number) => {
    const { label, hint } = part(name);
    const value = draft[name];
    return (
      <div className="grid gap-1">
        <label htmlFor={`${id}-${name}`} className="text-base font-semibold">
          {label}
        </label>
        <p id={`${id}-${name}-hint`} className={quietText}>
          {hint}
        </p>
        {showFrames && <Frames part={name} id={`${id}-${name}-frames`} />}
        <textarea
          id={`${id}-${name}`}
          value={value}
          rows={rows}
          maxLength={ARGUMENT_PART_MAX}
          spellCheck
          aria-describedby={`${id}-${name}-hint${showFrames ? ` ${id}-${name}-frames` : ""}`}
          onChange={(e) => update({ [name]: clampText(e.currentTarget.value, ARGUMENT_PART_MAX) }, "typing")}
          className={`${fieldClass} resize-y leading-relaxed`}
        />
        <p className={`text-right tabular-nums ${quietText}`}>
          {charCount(value).toLocaleString("en")} / {ARGUMENT_PART_MAX.toLocaleString("en")} characters
        </p>
      </div>
    );
  };

  return (
    <fieldset className="grid gap-6">
      <legend className={legendClass}>{question.prompt}</legend>
      <div className="-mt-3 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-neutral-300 bg-neutral-50 p-3 text-sm dark:border-neutral-700 dark:bg-neutral-900/60">
        <p>
          Your teacher grades this argument, up to {question.points} points: your claim, your evidence from both telegrams, how you use who wrote them and when, and your answer to the other side.
        </p>
        <button type="button" className={secondaryButton} aria-expanded={showFrames} onClick={() => setShowFrames((v) => !v)}>
          {showFrames ? "Hide sentence frames" : "Show sentence frames"}
        </button>
      </div>

      {textPart("claim", 3)}

      <section aria-labelledby={`${id}-evidence`} className="grid gap-2">
        <h3 id={`${id}-evidence`} className="text-base font-semibold">
          {part("evidence").label}
        </h3>
        <p className={quietText}>{part("evidence").hint}</p>
        {showFrames && <Frames part="evidence" id={`${id}-evidence-frames`} />}
        {draft.citations.length > 0 && (
          <ol aria-label="Your evidence" className="grid gap-2">
            {draft.citations.map((c) => (
              <li key={`${c.source} ${c.sentence}`} className="flex items-start justify-between gap-3 rounded-lg border-l-4 border-accent bg-accent/5 px-3 py-2">
                <figure className="min-w-0">
                  <blockquote className="font-serif leading-relaxed">“{textOf(c.source, c.sentence)}”</blockquote>
                  <figcaption className="mt-1 text-sm">
                    <a href={`/sources/${c.source}#${sentenceAnchor(c.source, c.sentence)}`} target="_blank" rel="noopener" className="underline">
                      {titleOf(c.source)}, {sentenceName(c.sentence)}
                      <span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  </figcaption>
                </figure>
                <button
                  type="button"
                  disabled={disabled}
                  className="min-h-11 shrink-0 rounded-md px-2 text-sm font-medium underline"
                  onClick={() => update({ citations: draft.citations.filter((d) => d !== c) }, "now")}
                >
                  Remove<span className="sr-only"> {sentenceName(c.sentence)} of {titleOf(c.source)}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <SentencePicker
          sources={sources}
          chosen={draft.citations}
          max={ARGUMENT_MAX_CITATIONS}
          disabled={disabled}
          label="Sentences to cite as evidence"
          onChange={(citations) => update({ citations }, "now")}
        />
      </section>

      {textPart("reasoning", 6)}
      {textPart("counter", 5)}
    </fieldset>
  );
}

function Frames({ part, id }: { part: ArgumentPart; id: string }) {
  return (
    <div id={id} className="rounded-md bg-neutral-100 px-3 py-2 text-sm dark:bg-neutral-800">
      <p className="font-medium">Sentence frames</p>
      <ul className="list-disc pl-5">
        {ARGUMENT_FRAMES[part].map((frame) => (
          <li key={frame}>{frame}</li>
        ))}
      </ul>
    </div>
  );
}

/** "p3.s2" → "¶3, sentence 2". */
function sentenceName(id: string): string {
  const match = /^p(\d+)\.s(\d+)$/.exec(id);
  return match ? `¶${match[1]}, sentence ${match[2]}` : id;
}
