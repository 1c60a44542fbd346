import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdaptedText } from "@/components/reader/adapted-text";
import { TextVersions } from "@/components/reader/text-versions";
import { CiteThis } from "@/components/reader/cite-this";
import { DocumentText } from "@/components/reader/document-text";
import { PageIntro } from "@/components/reader/page-intro";
import { SourceCitation } from "@/components/reader/source-citation";
import { HeadNote } from "@/components/reader/head-note";
import { getGlossary, getSource, getSources, getUnit, lessonsUsing } from "@/server/content/catalog";
import { formatLongDate } from "@/lib/content/labels";

// Prerendered at build time, one page per document of content/sources; any other id is a 404.
export const dynamicParams = false;
export async function generateStaticParams() {
  return (await getSources()).map((source) => ({ id: source.meta.id }));
}

export async function generateMetadata({ params }: PageProps<"/sources/[id]">): Promise<Metadata> {
  const source = await getSource((await params).id);
  return source ? { title: source.meta.title, description: source.meta.summary } : {};
}

export default async function SourcePage({ params }: PageProps<"/sources/[id]">) {
  const source = await getSource((await params).id);
  if (!source) notFound();
  const { meta } = source;
  const [glossary, lessons, unit] = await Promise.all([getGlossary(), lessonsUsing(meta.id), getUnit()]);
  const headNote = unit.unit.headNotes.find((note) => note.source === meta.id);

  return (
    <article className="space-y-8">
      <PageIntro
        eyebrow={
          <>
            Telegram · <time dateTime={meta.date}>{formatLongDate(meta.date)}</time>
          </>
        }
        title={meta.title}
        size="long"
      >
        <p>
          <span className="sr-only">Summary: </span>
          {meta.summary}
        </p>
      </PageIntro>

      {/* Phones: the record, the text, then citing and further reading. Wide screens: the record and the
          citing tools in a left column beside the text. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[18rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-12 lg:gap-y-8">
        <section aria-labelledby="record" className="lg:col-start-1 lg:row-start-1">
          <h2 id="record" className="font-sans text-base font-semibold">About this document</h2>
          <div className="mt-2">
            <SourceCitation meta={meta} />
          </div>
        </section>

        <section aria-labelledby="text" className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <h2 id="text" className="sr-only">
            The document
          </h2>
          {headNote && (
            <div className="mb-6">
              <HeadNote note={headNote} headingLevel={3} />
            </div>
          )}
          <div className="max-w-[72ch]">
            {source.adapted ? <TextVersions original={<DocumentText source={source} glossary={glossary} />} adapted={<AdaptedText source={source} />} /> : <DocumentText source={source} glossary={glossary} />}
          </div>
        </section>

        <div className="space-y-6 self-start lg:col-start-1 lg:row-start-2">
          <CiteThis meta={meta} />
          <nav aria-labelledby="further" className="space-y-2 text-sm" data-no-print>
            <h2 id="further" className="font-sans text-base font-semibold">Lessons on this document</h2>
            <ul className="space-y-1">
              {lessons.map((lesson) => (
                <li key={lesson.id}>
                  <Link href={`/lessons/${lesson.id}`} className="inline-block py-0.5 text-[var(--color-accent)] underline underline-offset-2">
                    {lesson.position}. {lesson.title}
                  </Link>
                </li>
              ))}
            </ul>
            <p>
              <Link href="/compare" className="inline-block py-0.5 text-[var(--color-accent)] underline underline-offset-2">
                Compare the two telegrams
              </Link>
            </p>
          </nav>
        </div>
      </div>
    </article>
  );
}
