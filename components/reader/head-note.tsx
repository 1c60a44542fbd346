import { HEAD_NOTE_LABELS, type HeadNote as HeadNoteData } from "@/lib/content/unit";

const FIELDS = Object.keys(HEAD_NOTE_LABELS) as (keyof typeof HEAD_NOTE_LABELS)[];

/** A document's head note, shown above its text: who, when, to whom, why it was secret, how we have it. */
export function HeadNote({ note, headingLevel = 2 }: { note: HeadNoteData; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const id = `head-note-${note.source}`;
  return (
    <aside aria-labelledby={id} className="max-w-[72ch] rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] px-4 py-3 text-sm leading-relaxed" data-head-note>
      <Heading id={id} className="font-sans text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">
        Head note
      </Heading>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[9rem_minmax(0,1fr)]">
        {FIELDS.map((field) => (
          <div key={field} className="contents">
            <dt className="font-semibold">{HEAD_NOTE_LABELS[field]}</dt>
            <dd className="mb-2 sm:mb-0">{note[field]}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

/** The guiding questions for one excerpt, shown under it. */
export function ExcerptQuestions({ questions, label }: { questions: readonly string[] | undefined; label: string }) {
  if (!questions?.length) return null;
  return (
    <div className="max-w-[72ch] rounded-md border-l-4 border-[var(--color-accent)] py-1 pl-4" data-excerpt-questions>
      <p className="font-sans text-sm font-semibold">Questions on this excerpt{label ? <span className="sr-only"> ({label})</span> : null}</p>
      <ol className="mt-1 list-decimal space-y-1 pl-5 text-base leading-relaxed">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
    </div>
  );
}
