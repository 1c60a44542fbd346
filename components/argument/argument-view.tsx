import Link from "next/link";
import type { Citation } from "@/lib/argument/citations";

export type ArgumentParts = { claim: string; reasoning: string; counter: string; citations: Citation[] };

/**
 * A written argument as its reader sees it: each part under its name, the evidence as quotations that link to
 * the sentence in the text. With `inContext` (the teacher), each quotation also opens its whole paragraph, the
 * cited sentence marked, so a grader can see whether it was read fairly.
 */
export function ArgumentView({ argument, inContext = false, headingLevel = 3 }: { argument: ArgumentParts; inContext?: boolean; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as const;
  const text = (value: string) =>
    value.trim() ? <p className="whitespace-pre-wrap break-words">{value}</p> : <p className="italic text-neutral-700 dark:text-neutral-300">Not written</p>;
  return (
    <div className="space-y-3 rounded-md border-l-4 border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900">
      <div>
        <H className="text-sm font-semibold uppercase tracking-wide">Claim</H>
        {text(argument.claim)}
      </div>
      <div>
        <H className="text-sm font-semibold uppercase tracking-wide">Evidence</H>
        {argument.citations.length === 0 ? (
          <p className="italic text-neutral-700 dark:text-neutral-300">No sentences cited</p>
        ) : (
          <ol className="mt-1 space-y-2" data-testid="citations">
            {argument.citations.map((c) => (
              <li key={`${c.source} ${c.sentence}`}>
                <figure>
                  <blockquote className="font-serif leading-relaxed">“{c.text ?? "(this sentence is no longer in the text)"}”</blockquote>
                  <figcaption className="text-sm">
                    <Link href={c.href} className="underline">
                      {c.sourceName}, {c.label}
                    </Link>
                  </figcaption>
                </figure>
                {inContext && c.context.length > 0 && (
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer font-medium">
                      In context<span className="sr-only">: {c.sourceName}, {c.label}</span>
                    </summary>
                    <p className="mt-1 font-serif leading-relaxed">
                      {c.context.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && " "}
                          {s.id === c.sentence ? (
                            <mark className="rounded-sm bg-amber-200 px-0.5 text-neutral-950 underline decoration-2 underline-offset-2 dark:bg-amber-300">
                              <span className="sr-only">Cited: </span>
                              {s.text}
                            </mark>
                          ) : (
                            s.text
                          )}
                        </span>
                      ))}
                    </p>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <H className="text-sm font-semibold uppercase tracking-wide">Reasoning</H>
        {text(argument.reasoning)}
      </div>
      <div>
        <H className="text-sm font-semibold uppercase tracking-wide">Counter-argument</H>
        {text(argument.counter)}
      </div>
    </div>
  );
}

/** The class's most-cited sentences for an argument task, each linked to the text. */
export function MostCited({ cited, answersCounted }: { cited: (Citation & { count: number })[]; answersCounted: number }) {
  if (cited.length === 0) return <p className="text-sm">No sentences cited yet.</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="most-cited">
      {cited.map((c) => (
        <li key={`${c.source} ${c.sentence}`} className="flex gap-3">
          <span className="w-24 shrink-0 font-semibold tabular-nums">
            {c.count} of {answersCounted}
            <span className="sr-only"> arguments cite</span>
          </span>
          <span>
            “{c.text ?? "(no longer in the text)"}”{" "}
            <Link href={c.href} className="underline">
              {c.sourceName}, {c.label}
            </Link>
          </span>
        </li>
      ))}
    </ol>
  );
}
