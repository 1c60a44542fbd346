import type { AdjustmentKind } from "@/lib/enums";
import { ADJUSTMENT_KINDS } from "@/lib/enums";
import { ADJUSTMENT_LABELS } from "@/lib/grading/adjustment";
import { buttonClass } from "@/components/ui/button-class";

type Options = { multiple: boolean; choices: { id: string; text: string; key: boolean }[] } | null;

const HELP: Record<AdjustmentKind, string> = {
  FULL_MARKS: "Every submitted answer, blank ones too, earns the question's points.",
  DROP: "The question no longer counts: each score is out of the remaining points.",
  REKEY: "Answers are graded again against the key you pick below (partial credit as usual).",
};

/**
 * What to do with the question, sent as a GET form to this page: the dry run below shows the effect, and
 * nothing is written until Apply. "Corrected key" is offered only where the key is a pick among choices or sentences.
 */
export function RegradeChoice({ question, kind, keyChoices, options, problem }: { question: string; kind?: AdjustmentKind; keyChoices: string[]; options: Options; problem: string | null }) {
  const kinds = ADJUSTMENT_KINDS.filter((k) => k !== "REKEY" || options);
  return (
    <form method="get" className="space-y-4">
      <input type="hidden" name="question" value={question} />
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">What should happen to everyone&apos;s answers?</legend>
        {kinds.map((k) => (
          <label key={k} className="flex items-start gap-2">
            <input type="radio" name="kind" value={k} defaultChecked={kind === k || (!kind && k === "FULL_MARKS")} className="mt-1.5 size-4" />
            <span>
              <span className="font-medium">{ADJUSTMENT_LABELS[k]}</span>
              <span className="block text-sm text-neutral-700 dark:text-neutral-300">{HELP[k]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {options && (
        <fieldset className="space-y-2 rounded-md border border-neutral-300 p-3 dark:border-neutral-700" aria-describedby={problem ? "key-problem" : undefined}>
          <legend className="px-1 font-semibold">Corrected key (for &ldquo;{ADJUSTMENT_LABELS.REKEY.toLowerCase()}&rdquo;)</legend>
          {options.choices.map((c) => (
            <label key={c.id} className="flex items-start gap-2">
              <input type={options.multiple ? "checkbox" : "radio"} name="key" value={c.id} defaultChecked={kind === "REKEY" ? keyChoices.includes(c.id) : c.key} className="mt-1.5 size-4" />
              <span>
                {c.text}
                {c.key && <span className="ml-2 text-sm text-neutral-700 dark:text-neutral-300">(the key now)</span>}
              </span>
            </label>
          ))}
          {problem && (
            <p id="key-problem" role="alert" className="text-sm text-red-700 dark:text-red-400">
              {problem}
            </p>
          )}
        </fieldset>
      )}
      <button type="submit" className={buttonClass("secondary")}>
        Show whose scores change
      </button>
    </form>
  );
}
