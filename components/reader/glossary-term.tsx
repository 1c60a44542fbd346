"use client";

import { useState } from "react";

type Props = {
  /** The id of the definition element; unique on the page. */
  id: string;
  /** The words as they stand in the document. */
  text: string;
  term: string;
  kind: string;
  definition: string;
  /** The term's entry on the glossary page. */
  href: string;
  /** The id of a hidden element that says what these buttons are ("glossary term: …"). */
  hintId: string;
};

/**
 * An inline disclosure: the marked words are a button (Tab to it, Enter or Space, or a click) that shows the definition
 * right after them, in the reading order. The definition is inserted into a live region, so a screen reader
 * says it as it opens; the button's aria-expanded tells whether it is open. Nothing happens on hover.
 * The button's name is exactly the document's words (copying a passage copies the telegram, nothing more);
 * what the button is comes from its description, hintId.
 */
export function GlossaryTerm({ id, text, term, kind, definition, href, hintId }: Props) {
  const [open, setOpen] = useState(false);
  const toggle = () => setOpen((value) => !value);
  return (
    <>
      {/* A span, not a <button>: a button is an inline block, so a term of several words could not wrap
          at the end of a line. It keeps a button's role, focus and keys (Enter, Space). Styled in
          app/globals.css by its data attribute. */}
      <span
        role="button"
        tabIndex={0}
        data-glossary-term
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={hintId}
        onClick={toggle}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault(); // Space would scroll the page
            toggle();
          }
        }}
      >
        {text}
      </span>
      <span id={id} aria-live="polite">
        {open && (
          <span className="my-2 block rounded-md border-l-4 border-[var(--color-accent)] bg-[var(--color-card)] px-4 py-3 font-sans text-base leading-relaxed shadow-sm ring-1 ring-[var(--color-rule)]">
            <span className="font-semibold">{term}</span> <span className="text-[var(--color-muted)]">({kind})</span>: {definition}{" "}
            <a href={href} className="whitespace-nowrap text-[var(--color-accent)] underline underline-offset-2">
              More in the glossary<span className="sr-only"> about {term}</span>
            </a>
          </span>
        )}
      </span>
    </>
  );
}
