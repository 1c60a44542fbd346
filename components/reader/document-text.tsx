import { Fragment } from "react";
import { paragraphAnchor, sentenceAnchor } from "@/lib/content/anchors";
import { paragraphsOf } from "@/lib/content/parse-source";
import { markGlossaryTerms, type Segment } from "@/lib/content/glossary-marks";
import { GLOSSARY_KIND_LABELS } from "@/lib/content/labels";
import type { GlossaryEntry, Source } from "@/lib/content/schemas";
import { GlossaryTerm } from "./glossary-term";

/** A small numbered link after a sentence, e.g. to the shared point on /compare that quotes it. */
export type SentenceMarker = { href: string; number: number; label: string };

type Props = {
  source: Source;
  /** Show only these paragraphs (an excerpt); the ones left out are noted where they would stand. */
  paragraphs?: readonly string[];
  /** Terms to mark inline, each at its first occurrence in what is shown. */
  glossary?: readonly GlossaryEntry[];
  /** Markers by sentence id ("p3.s1"). */
  markers?: ReadonlyMap<string, readonly SentenceMarker[]>;
  /** Show the archive's label ("Translation - English") and closing source note. Default true. */
  frame?: boolean;
};

/**
 * A telegram as the archive shows it, made addressable: numbered paragraphs (¶ in the margin, a link to
 * itself), each sentence a span with a stable id (see lib/content/anchors.ts), highlighted by CSS :target.
 * The styles of these many repeated elements live in app/globals.css under their data attributes, so each
 * page carries them once instead of once per sentence (in the HTML and again in the RSC payload).
 */
export function DocumentText({ source, paragraphs, glossary = [], markers, frame = true }: Props) {
  const sourceId = source.meta.id;
  const all = paragraphsOf(source);
  const shown = paragraphs ? all.filter((p) => paragraphs.includes(p.id)) : all;
  const framing = (kind: "label" | "note") => (frame ? source.blocks.flatMap((b) => (b.kind === kind ? [b.text] : [])) : []);
  const labels = framing("label");
  const notes = framing("note");

  // One marking pass in reading order, so each term is marked where the reader first meets it.
  const sentences = shown.flatMap((p) => p.sentences);
  const marked = markGlossaryTerms([...sentences.map((s) => s.text), ...notes], glossary, { firstOnly: true });
  const bySentence = new Map(sentences.map((sentence, i) => [sentence.id, marked[i] ?? []]));
  const noteSegments = notes.map((_, i) => marked[sentences.length + i] ?? []);
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const hintId = `${sourceId}-glossary-hint`;
  const render = (segments: readonly Segment[]) =>
    segments.map((segment, i) => {
      const entry = segment.termId ? entries.get(segment.termId) : undefined;
      if (!entry) return segment.text;
      return (
        <GlossaryTerm
          key={i}
          id={`${sourceId}-term-${entry.id}`}
          text={segment.text}
          term={entry.term}
          kind={GLOSSARY_KIND_LABELS[entry.kind].one}
          definition={entry.definition}
          href={`/glossary#${entry.id}`}
          hintId={hintId}
        />
      );
    });

  const lastNumber = all.at(-1)?.number ?? 0;
  return (
    <div data-document data-source={sourceId} className="font-serif text-[1.0625rem] leading-[1.8] sm:text-lg">
      {glossary.length > 0 && (
        <span id={hintId} hidden>
          Glossary term: press to show or hide its definition.
        </span>
      )}
      {labels.map((label, i) => (
        <p key={i} className="mb-4 pl-[2.375rem] font-sans text-xs font-semibold uppercase tracking-wider text-[var(--color-muted)] sm:pl-[3.5rem]">
          {label}
        </p>
      ))}
      <div className="space-y-3">
        {shown.map((paragraph, index) => {
          const previous = index === 0 ? 0 : (shown[index - 1]?.number ?? 0);
          const anchor = paragraphAnchor(sourceId, paragraph.id);
          return (
            <div key={paragraph.id} className="space-y-3">
              {paragraph.number > previous + 1 && <Omission from={previous + 1} to={paragraph.number - 1} />}
              <div id={anchor} data-paragraph={paragraph.id}>
                <a href={`#${anchor}`} data-paragraph-number>
                  <span className="sr-only">Paragraph </span>
                  <span aria-hidden="true">¶</span>
                  {paragraph.number}
                </a>
                <p>
                  {paragraph.sentences.map((sentence, s) => {
                    const sentenceMarkers = markers?.get(sentence.id) ?? [];
                    return (
                      <Fragment key={sentence.id}>
                        {s > 0 && " "}
                        <span id={sentenceAnchor(sourceId, sentence.id)} data-sentence={sentence.id}>
                          {render(bySentence.get(sentence.id) ?? [])}
                        </span>
                        {sentenceMarkers.map((marker) => (
                          <a
                            key={marker.href}
                            href={marker.href}
                            className="ml-1 inline-flex h-6 min-w-6 select-none items-center justify-center rounded-full border border-[var(--color-accent)] px-1.5 align-[0.1em] font-sans text-xs font-semibold leading-none text-[var(--color-accent)] no-underline hover:bg-[var(--color-highlight)]"
                          >
                            <span aria-hidden="true">{marker.number}</span>
                            <span className="sr-only">
                              Shared point {marker.number}: {marker.label}
                            </span>
                          </a>
                        ))}
                      </Fragment>
                    );
                  })}
                </p>
              </div>
            </div>
          );
        })}
        {paragraphs && (shown.at(-1)?.number ?? 0) < lastNumber && (
          <Omission from={(shown.at(-1)?.number ?? 0) + 1} to={lastNumber} />
        )}
      </div>
      {noteSegments.map((segments, i) => (
        <p key={i} className="mt-6 border-t border-[var(--color-rule)] pt-3 font-sans text-sm leading-relaxed text-[var(--color-muted)]">
          {render(segments)}
        </p>
      ))}
    </div>
  );
}

function Omission({ from, to }: { from: number; to: number }) {
  const which = from === to ? `¶${from} is` : `¶${from}–${to} are`;
  return (
    <p data-omission className="grid grid-cols-[1.75rem_minmax(0,1fr)] gap-x-2.5 font-sans text-sm italic text-[var(--color-muted)] sm:grid-cols-[2.75rem_minmax(0,1fr)] sm:gap-x-3">
      <span aria-hidden="true" className="text-right">
        …
      </span>
      <span>{which} not part of this excerpt.</span>
    </p>
  );
}
