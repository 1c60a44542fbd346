"use client";

import { useEffect, useRef, useState } from "react";
import type { CitedParagraph, ExcerptParagraph, ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { ADAPTED_NOTE, type TextVersion } from "@/lib/quiz/text-version";
import { readAloudParagraphs } from "@/lib/reading/read-aloud";
import { ReadAloud, stopReadAloud } from "@/components/reading/read-aloud";
import { quietText, secondaryButton } from "./styles";
import { AnnotatedSentences } from "@/components/annotations/annotated-sentences";
import type { AnnotationView } from "@/lib/annotations/change";
import { marksBySentence, type SentenceMark } from "@/lib/annotations/marks";

/** The excerpt's paragraphs in the version asked for: the adapted ones keep the original's ¶ numbers. */
export function paragraphsIn(excerpt: ReadingExcerpt, version: TextVersion): ExcerptParagraph[] {
  if (version === "original" || !excerpt.adapted) return excerpt.paragraphs;
  return excerpt.paragraphs.flatMap((p) => {
    const adapted = excerpt.adapted!.find((a) => a.id === p.id);
    return adapted ? [{ id: p.id, number: p.number, sentences: adapted.sentences }] : [];
  });
}

/** Where the documents are shown: the pane beside the question (wide screens) or the sheet (phones, tablets). */
type Place = "doc" | "sheet";
const paragraphDomId = (sourceId: string, paragraphId: string, place: Place = "doc") => `${place}-${sourceId}-${paragraphId}`;

function Paragraph({ paragraph, sourceId, cited, marks, place }: { paragraph: ExcerptParagraph; sourceId: string; cited: boolean; marks?: ReadonlyMap<string, SentenceMark>; place: Place }) {
  return (
    <p id={paragraphDomId(sourceId, paragraph.id, place)} tabIndex={-1} data-cited={cited || undefined} className="scroll-mt-4 rounded-md px-2 py-1.5 font-serif text-base leading-relaxed data-cited:bg-[var(--color-highlight)] data-cited:text-[var(--color-ink)] data-cited:ring-2 data-cited:ring-[var(--color-accent)]">
      <span className={`mr-1.5 font-sans text-sm font-semibold ${cited ? "text-[var(--color-ink)]" : "text-neutral-600 dark:text-neutral-400"}`}>¶{paragraph.number}</span>
      {cited && <span className="sr-only">(cited in the question) </span>}
      {marks ? <AnnotatedSentences sourceId={sourceId} sentences={paragraph.sentences} marks={marks} /> : paragraph.sentences.map((s) => s.text).join(" ")}
    </p>
  );
}

type TextProps = { excerpts: readonly ReadingExcerpt[]; cited: readonly CitedParagraph[]; version?: TextVersion; readAloudByDefault?: boolean; annotations?: readonly AnnotationView[] };

/** The excerpts with ¶ numbers, the cited paragraphs marked, highlights shown and read-aloud: in the pane or the sheet. */
function ExcerptTexts({ excerpts, cited, version = "original", readAloudByDefault, annotations, place, Heading }: TextProps & { place: Place; Heading: "h2" | "h3" }) {
  const marks = annotations?.length ? marksBySentence(annotations) : undefined;
  return excerpts.map((excerpt) => (
    <article key={excerpt.sourceId} id={`${place}-${excerpt.sourceId}`} aria-label={excerpt.title} className="mb-6 last:mb-0">
      <Heading className="mb-2 font-serif text-lg font-semibold leading-snug">{version === "adapted" && excerpt.adapted ? `Adapted version of: ${excerpt.title}` : excerpt.title}</Heading>
      {version === "adapted" && excerpt.adapted && <p className="mb-2 rounded-md border border-dashed border-neutral-500 px-2 py-1 text-sm">{ADAPTED_NOTE}</p>}
      <ReadAloud title={excerpt.title} defaultOpen={readAloudByDefault} paragraphs={readAloudParagraphs(paragraphsIn(excerpt, version), (id) => paragraphDomId(excerpt.sourceId, id, place))} />
      <div className="space-y-1">
        {paragraphsIn(excerpt, version).map((p) => (
          <Paragraph key={p.id} paragraph={p} sourceId={excerpt.sourceId} cited={cited.some((c) => c.sourceId === excerpt.sourceId && c.paragraphId === p.id)} marks={marks} place={place} />
        ))}
      </div>
    </article>
  ));
}

/** Scrolls `container` so that the first cited paragraph (or, without one, the question's document) is at its top. */
function scrollToTarget(container: HTMLElement | null, targetId: string | null) {
  if (!container || !targetId) return;
  const target = container.querySelector<HTMLElement>(`#${CSS.escape(targetId)}`);
  if (target) container.scrollTo({ top: target.offsetTop - container.offsetTop - 12 });
}

const targetOf = (cited: readonly CitedParagraph[], sourceId: string | undefined, place: Place) =>
  cited[0] ? paragraphDomId(cited[0].sourceId, cited[0].paragraphId, place) : sourceId ? `${place}-${sourceId}` : null;

/**
 * The lesson's documents beside the question on wide screens: the pane scrolls on its own, and the paragraphs
 * the question cites are marked and scrolled to whenever the question changes (a question about one document
 * without a ¶, such as an evidence question, brings that document to the top).
 */
export function DocumentPane({ sourceId, ...text }: TextProps & { sourceId?: string }) {
  const pane = useRef<HTMLElement>(null);
  const targetId = targetOf(text.cited, sourceId, "doc");
  useEffect(() => scrollToTarget(pane.current, targetId), [targetId]);
  if (text.excerpts.length === 0) return null;
  return (
    <section ref={pane} aria-label="The document" tabIndex={0} data-testid="document-pane" data-version={text.version ?? "original"} data-read-aloud-default={text.readAloudByDefault || undefined} className="hidden max-h-[calc(100vh-2rem)] overflow-y-auto rounded-xl border border-neutral-300 bg-[var(--color-card)] p-4 lg:sticky lg:top-4 lg:row-span-2 lg:block dark:border-neutral-700 dark:bg-neutral-900">
      <ExcerptTexts {...text} place="doc" Heading="h2" />
    </section>
  );
}

/**
 * Below the pane's width (phones, tablets upright) the whole of the lesson's documents, one tap away from any
 * question, in a modal sheet (a native <dialog>: Escape or Close shuts it, focus returns to the button), opened
 * at the paragraph the question cites. Closing it stops a read-aloud started in it.
 */
function DocumentSheet({ sourceId, ...text }: TextProps & { sourceId?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const label = text.excerpts.length > 1 ? "Read the documents" : "Read the document";
  function open() {
    dialog.current?.showModal();
    scrollToTarget(body.current, targetOf(text.cited, sourceId, "sheet"));
  }
  return (
    <>
      <button type="button" onClick={open} className={`${secondaryButton} min-h-9 px-3 py-1 text-sm lg:hidden`}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby="document-sheet-title" onClose={stopReadAloud} className="m-auto h-[calc(100dvh-2rem)] max-h-none w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-neutral-300 bg-[var(--color-paper)] p-0 text-[var(--color-ink)] backdrop:bg-black/40 dark:border-neutral-700">
        <div className="flex h-full flex-col">
          <form method="dialog" className="flex items-center justify-between gap-3 border-b border-neutral-300 px-4 py-2 dark:border-neutral-700">
            <h2 id="document-sheet-title" className="font-semibold">
              {text.excerpts.length > 1 ? "The documents" : "The document"}
            </h2>
            <button type="submit" className={secondaryButton} autoFocus>
              Close
            </button>
          </form>
          <div ref={body} tabIndex={0} aria-label={text.excerpts.length > 1 ? "The documents' text" : "The document's text"} className="flex-1 overflow-y-auto p-4">
            <ExcerptTexts {...text} place="sheet" Heading="h3" />
          </div>
        </div>
      </dialog>
    </>
  );
}

/**
 * The way from a question to the text: "Read the document(s)" below the pane's width, and "Show ¶3" for each
 * paragraph the question cites. Nothing on a wide screen when the question cites none (the pane is there).
 */
export function TextButtons({ cited, ...props }: TextProps & { sourceId?: string }) {
  if (props.excerpts.length === 0) return null;
  return (
    <div className={`mb-4 flex flex-wrap items-center gap-2 ${cited.length ? "" : "lg:hidden"}`}>
      <span className={quietText}>The text:</span>
      <DocumentSheet cited={cited} {...props} />
      <CitedParagraphButtons excerpts={props.excerpts} cited={cited} version={props.version} />
    </div>
  );
}

/**
 * "Show ¶3" for each paragraph the question cites. On a wide screen it brings that paragraph into view in the
 * pane; on a phone, where there is no room for the pane, it opens the paragraph in a modal sheet (a native
 * <dialog>: Escape or Close shuts it and focus returns to the button).
 */
function CitedParagraphButtons({ excerpts, cited, version = "original" }: { excerpts: readonly ReadingExcerpt[]; cited: readonly CitedParagraph[]; version?: TextVersion }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<CitedParagraph | null>(null);
  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);
  if (cited.length === 0) return null;
  const several = new Set(cited.map((c) => c.sourceId)).size > 1;
  const excerptOf = (c: CitedParagraph) => excerpts.find((e) => e.sourceId === c.sourceId)!;

  function show(c: CitedParagraph) {
    const inPane = document.getElementById(paragraphDomId(c.sourceId, c.paragraphId));
    if (inPane && inPane.offsetParent !== null) {
      inPane.scrollIntoView({ block: "nearest" });
      inPane.focus({ preventScroll: true });
      return;
    }
    setOpen(c);
  }

  const shown = open && paragraphsIn(excerptOf(open), version).find((p) => p.id === open.paragraphId);
  const adaptedShown = version === "adapted" && open && !!excerptOf(open).adapted;
  return (
    <>
      {cited.map((c) => (
        <button key={`${c.sourceId}-${c.paragraphId}`} type="button" onClick={() => show(c)} className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`}>
          Show {several ? `${excerptOf(c).recipient} ` : ""}¶{c.number}
        </button>
      ))}
      <dialog ref={dialog} aria-labelledby="cited-paragraph-title" onClose={() => setOpen(null)} className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-neutral-300 bg-[var(--color-paper)] p-0 text-[var(--color-ink)] backdrop:bg-black/40 dark:border-neutral-700">
        {open && shown && (
          <div className="p-4">
            <h2 id="cited-paragraph-title" className="mb-2 font-serif text-lg font-semibold">
              {adaptedShown ? "Adapted version of: " : ""}
              {excerptOf(open).title}, ¶{open.number}
            </h2>
            {adaptedShown && <p className="mb-2 text-sm">{ADAPTED_NOTE}</p>}
            <p className="font-serif text-base leading-relaxed">{shown.sentences.map((s) => s.text).join(" ")}</p>
            <form method="dialog" className="mt-4 text-right">
              <button type="submit" className={secondaryButton} autoFocus>
                Close
              </button>
            </form>
          </div>
        )}
      </dialog>
    </>
  );
}
