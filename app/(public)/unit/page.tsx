import type { Metadata } from "next";
import Link from "next/link";
import { HeadNote } from "@/components/reader/head-note";
import { PageIntro } from "@/components/reader/page-intro";
import { sourceHref } from "@/lib/content/anchors";
import { GLOSSARY_KIND_LABELS, shortSourceTitle } from "@/lib/content/labels";
import { ORGANISER_KIND_LABELS } from "@/lib/content/organiser";
import { getGlossary, getLessons, getSources, getUnit } from "@/server/content/catalog";

export const metadata: Metadata = {
  title: "The unit",
  description: "The central historical question of the unit, the context and words to know first, and a head note for each telegram.",
};

const link = "text-[var(--color-accent)] underline underline-offset-2";

/** The unit as Reading Like a Historian frames it: the question first, then context, vocabulary, the documents, the lessons. */
export default async function UnitPage() {
  const [{ unit, organisers }, lessons, glossary, sources] = await Promise.all([getUnit(), getLessons(), getGlossary(), getSources()]);
  const words = unit.vocabulary.flatMap((id) => glossary.filter((entry) => entry.id === id));

  return (
    <article className="space-y-12">
      <div className="space-y-6">
        <PageIntro eyebrow="Cuban Missile Crisis · the unit" title={unit.title} />
        <div className="max-w-[68ch] rounded-lg border-l-4 border-[var(--color-accent)] bg-[var(--color-card)] px-5 py-4 shadow-sm">
          <h2 className="font-sans text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">Central historical question</h2>
          <p className="mt-1 font-serif text-xl leading-snug sm:text-2xl" data-testid="central-question">{unit.centralQuestion}</p>
          <p className="mt-3 leading-relaxed">{unit.whyArguable}</p>
        </div>
      </div>

      <section aria-labelledby="context" className="max-w-[68ch] space-y-3">
        <h2 id="context" className="font-serif text-2xl font-semibold">Context first</h2>
        {unit.context.map((paragraph) => (
          <p key={paragraph.slice(0, 40)} className="leading-relaxed">{paragraph}</p>
        ))}
        <p>
          <Link href="/timeline" className={link}>The timeline of the crisis</Link>
        </p>
      </section>

      <section aria-labelledby="vocabulary" className="max-w-[68ch]">
        <h2 id="vocabulary" className="font-serif text-2xl font-semibold">Words to know before reading</h2>
        <dl className="mt-3 divide-y divide-[var(--color-rule)]">
          {words.map((entry) => (
            <div key={entry.id} className="py-3">
              <dt className="font-semibold">
                <Link href={`/glossary#${entry.id}`} className="underline-offset-2 hover:underline">{entry.term}</Link>{" "}
                <span className="font-normal text-[var(--color-muted)]">({GLOSSARY_KIND_LABELS[entry.kind].one})</span>
              </dt>
              <dd className="mt-1 leading-relaxed">{entry.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="documents" className="space-y-6">
        <h2 id="documents" className="font-serif text-2xl font-semibold">The documents</h2>
        {unit.headNotes.map((note) => {
          const source = sources.find((s) => s.meta.id === note.source);
          if (!source) return null;
          return (
            <div key={note.source} className="space-y-2">
              <h3 className="font-serif text-xl font-semibold">
                <Link href={sourceHref(note.source)} className="underline-offset-4 hover:underline">{shortSourceTitle(source.meta)}</Link>
              </h3>
              <HeadNote note={note} headingLevel={4} />
            </div>
          );
        })}
      </section>

      <section aria-labelledby="lessons" className="max-w-[68ch]">
        <h2 id="lessons" className="font-serif text-2xl font-semibold">The lessons, in order</h2>
        <ol className="mt-3 space-y-3">
          {lessons.map((lesson) => {
            const organiser = organisers[lesson.id];
            return (
              <li key={lesson.id} className="leading-relaxed">
                <Link href={`/lessons/${lesson.id}`} className={`font-semibold ${link}`}>
                  {lesson.position}. {lesson.title}
                </Link>
                <br />
                <span className="italic">{lesson.centralQuestion}</span>
                {organiser && <span className="block text-sm text-[var(--color-muted)]">Organiser: {ORGANISER_KIND_LABELS[organiser.kind]}</span>}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
