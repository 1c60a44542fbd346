import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchivalDocument } from "@/components/reader/archival-document";
import { PageIntro } from "@/components/reader/page-intro";
import { ParagraphRefs } from "@/components/reader/paragraph-refs";
import { Prose } from "@/components/reader/prose";
import { lessonSkills } from "@/lib/content/lesson-skills";
import { ExcerptQuestions, HeadNote } from "@/components/reader/head-note";
import { getGlossary, getLesson, getLessons, getSources, getUnit } from "@/server/content/catalog";
import { GLOSSARY_KIND_LABELS, shortSourceTitle, SKILL_LABELS } from "@/lib/content/labels";

// Prerendered at build time, one page per lesson of content/; any other slug is a 404.
export const dynamicParams = false;
export async function generateStaticParams() {
  return (await getLessons()).map((lesson) => ({ slug: lesson.id }));
}

export async function generateMetadata({ params }: PageProps<"/lessons/[slug]">): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: PageProps<"/lessons/[slug]">) {
  const lesson = await getLesson((await params).slug);
  if (!lesson) notFound();
  const [sources, glossary, unit] = await Promise.all([getSources(), getGlossary(), getUnit()]);
  const terms = lesson.glossary.flatMap((id) => glossary.filter((entry) => entry.id === id));
  const excerpts = lesson.excerpts.flatMap((excerpt) => {
    const source = sources.find((s) => s.meta.id === excerpt.source);
    const headNote = unit.unit.headNotes.find((note) => note.source === excerpt.source);
    return source ? [{ source, paragraphs: excerpt.paragraphs, questions: excerpt.questions, headNote }] : [];
  });
  // "¶3" in the lesson's own text links to the paragraph when there is only one document to mean.
  const only = excerpts.length === 1 ? excerpts[0] : undefined;
  const refs = (text: string) => <ParagraphRefs text={text} sourceId={only?.source.meta.id} shown={only?.paragraphs ?? []} />;
  const skills = lessonSkills(lesson);

  return (
    <article className="space-y-12">
      <div className="space-y-6">
        <PageIntro eyebrow={`Lesson ${lesson.position} · about ${lesson.estimatedMinutes} minutes`} title={lesson.title} />
        <div className="max-w-[68ch] rounded-lg border-l-4 border-[var(--color-accent)] bg-[var(--color-card)] px-5 py-4 shadow-sm">
          <p className="font-sans text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">Central question</p>
          <p className="mt-1 font-serif text-xl leading-snug sm:text-2xl">{lesson.centralQuestion}</p>
        </div>
        <p className="text-sm text-[var(--color-muted)]">
          <span className="font-semibold">Skills practised:</span> {skills.map((skill) => SKILL_LABELS[skill]).join(", ")}
        </p>
      </div>

      <section aria-labelledby="objectives" className="max-w-[68ch]">
        <h2 id="objectives" className="font-serif text-2xl font-semibold">What you will learn</h2>
        <ul className="mt-3 list-disc space-y-2 pl-6 leading-relaxed marker:text-[var(--color-accent)]">
          {lesson.objectives.map((objective) => (
            <li key={objective}>{refs(objective)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="background">
        <h2 id="background" className="mb-3 font-serif text-2xl font-semibold">Background</h2>
        <Prose>{lesson.background}</Prose>
      </section>

      <section aria-labelledby="documents" className="space-y-8">
        <div className="max-w-[68ch]">
          <h2 id="documents" className="font-serif text-2xl font-semibold">{excerpts.length === 1 ? "The document" : "The documents"}</h2>
          <p className="mt-2 leading-relaxed text-[var(--color-muted)]">
            The paragraphs of this lesson, numbered as in the whole telegram, in the frame below; everything outside the
            frame is ours. Words with a dotted underline are explained in the glossary: select one to read its definition.
          </p>
        </div>
        {excerpts.map(({ source, paragraphs, questions, headNote }) => (
          <div key={source.meta.id} className="max-w-[74ch] space-y-4">
            {headNote && <HeadNote note={headNote} headingLevel={3} />}
            <ArchivalDocument source={source} paragraphs={paragraphs} glossary={terms} />
            <ExcerptQuestions questions={questions} label={shortSourceTitle(source.meta)} />
          </div>
        ))}
      </section>

      <section aria-labelledby="guiding" className="max-w-[68ch]">
        <h2 id="guiding" className="font-serif text-2xl font-semibold">Guiding questions</h2>
        <p className="mt-2 text-[var(--color-muted)]">Answer each one with the words of the document.</p>
        <ol className="mt-3 list-decimal space-y-3 pl-6 font-serif text-lg leading-relaxed marker:font-sans marker:text-base marker:text-[var(--color-muted)]">
          {lesson.guidingQuestions.map((question) => (
            <li key={question}>{refs(question)}</li>
          ))}
        </ol>
      </section>

      {/* Folded: thirteen definitions would stand between a phone reader and the quiz. The marked words in the
          document open their own definitions in place. */}
      <section aria-labelledby="words" className="max-w-[68ch]">
        <details className="group rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)]">
          <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 py-2">
            <span aria-hidden="true" className="text-[var(--color-muted)] group-open:rotate-90">▸</span>
            <h2 id="words" className="font-serif text-xl font-semibold">
              Words and names <span className="font-sans text-base font-normal text-[var(--color-muted)]">({terms.length})</span>
            </h2>
          </summary>
          <dl className="divide-y divide-[var(--color-rule)] border-t border-[var(--color-rule)] px-4">
            {terms.map((entry) => (
              <div key={entry.id} className="py-3">
                <dt className="font-semibold">
                  <Link href={`/glossary#${entry.id}`} className="underline-offset-2 hover:underline">
                    {entry.term}
                  </Link>{" "}
                  <span className="font-normal text-[var(--color-muted)]">({GLOSSARY_KIND_LABELS[entry.kind].one})</span>
                </dt>
                <dd className="mt-1 leading-relaxed">{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <section aria-labelledby="quiz" data-no-print className="max-w-[68ch] rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] p-5 shadow-sm">
        <h2 id="quiz" className="font-serif text-2xl font-semibold">Quiz</h2>
        <p className="mt-2 leading-relaxed">
          This lesson has a quiz of {lesson.questions.length} questions. Your teacher assigns it to your class: sign in and open
          your dashboard to take it. Every answer is saved as you go.
        </p>
        <Link
          href="/dashboard"
          className="mt-4 inline-flex min-h-11 items-center rounded-md bg-[var(--color-accent)] px-5 py-2 font-medium text-white dark:text-black"
        >
          Take the quiz
        </Link>
      </section>
    </article>
  );
}
