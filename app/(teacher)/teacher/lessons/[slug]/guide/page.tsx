import type { Metadata } from "next";
import Link from "next/link";
import { QUESTION_TYPE_LABELS, type ReadableAnswer } from "@/lib/answer-text";
import { DISCUSSION_FORMAT_LABELS } from "@/lib/content/guide";
import { SKILL_LABELS } from "@/lib/content/labels";
import { ORGANISER_KIND_LABELS } from "@/lib/content/organiser";
import { getLessonGuide } from "@/server/content/get-lesson-guide";
import { loadForPage } from "@/server/page-auth";
import { teacherLessonPageTitle } from "@/server/page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/lessons/[slug]/guide">): Promise<Metadata> {
  return { title: await teacherLessonPageTitle((await params).slug, "Teacher guide", "Page not found") };
}

const h2 = "font-serif text-2xl font-semibold";
const muted = "text-neutral-700 dark:text-neutral-300";

export default async function TeacherGuidePage({ params }: PageProps<"/teacher/lessons/[slug]/guide">) {
  const { slug } = await params;
  const { lesson, guide, organiser, standards, key } = await loadForPage(`/teacher/lessons/${slug}/guide`, () => getLessonGuide(slug));

  return (
    <article className="max-w-[80ch] space-y-10">
      <div className="space-y-2">
        <nav aria-label="Back" className="flex flex-wrap gap-x-4 text-sm">
          <Link href="/teacher" className="underline">← Your classes</Link>
          <Link href={`/lessons/${lesson.id}`} className="underline">The lesson as students read it</Link>
          <Link href={`/teacher/lessons/${lesson.id}/preview`} className="underline">Preview the quiz</Link>
        </nav>
        <p className={`text-sm font-medium uppercase tracking-wide ${muted}`}>Teacher guide · lesson {lesson.position} · for teachers only</p>
        <h1 className="font-serif text-3xl font-semibold">{lesson.title}</h1>
        <p className="text-lg italic">{lesson.centralQuestion}</p>
      </div>

      <section aria-labelledby="objectives">
        <h2 id="objectives" className={h2}>Objectives</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {lesson.objectives.map((o) => <li key={o}>{o}</li>)}
        </ul>
      </section>

      <section aria-labelledby="standards">
        <h2 id="standards" className={h2}>Standards</h2>
        <dl className="mt-2 space-y-2">
          {standards.map((s) => (
            <div key={s.code}>
              <dt className="font-semibold">{s.short}</dt>
              <dd>{s.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="timing">
        <h2 id="timing" className={h2}>Timing: a {guide.periodMinutes}-minute period</h2>
        <ol className="mt-2 space-y-2">
          {guide.timing.map((step) => (
            <li key={step.activity} className="grid grid-cols-[5rem_minmax(0,1fr)] gap-2">
              <span className="font-semibold tabular-nums">{step.minutes} min</span>
              <span>{step.activity}</span>
            </li>
          ))}
        </ol>
        {organiser && (
          <p className={`mt-3 text-sm ${muted}`}>
            Organiser: {organiser.title} ({ORGANISER_KIND_LABELS[organiser.kind]}). Students fill it in on the assignment page; you see it in each student&apos;s work.
          </p>
        )}
      </section>

      <section aria-labelledby="misconceptions">
        <h2 id="misconceptions" className={h2}>Common misconceptions</h2>
        <dl className="mt-2 space-y-4">
          {guide.misconceptions.map((m) => (
            <div key={m.misconception}>
              <dt className="font-semibold">Misconception: {m.misconception}</dt>
              <dd className="mt-1">{m.correction}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="discussion">
        <h2 id="discussion" className={h2}>Discussion plan: {DISCUSSION_FORMAT_LABELS[guide.discussion.format]}</h2>
        <h3 className="mt-2 text-lg font-semibold">{guide.discussion.title}</h3>
        <p className="italic">{guide.discussion.question}</p>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {guide.discussion.steps.map((step) => <li key={step}>{step}</li>)}
        </ol>
      </section>

      <section aria-labelledby="key">
        <h2 id="key" className={h2}>Answer key, with the reasoning</h2>
        <p className={`mt-1 text-sm ${muted}`}>Students see each answer only as the assignment&apos;s reveal policy allows; options are shuffled for them.</p>
        <ol className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800">
          {key.map((q) => (
            <li key={q.id} className="space-y-2 py-4">
              <h3 className="font-semibold">
                Question {q.number} <span className={`text-sm font-normal ${muted}`}>· {QUESTION_TYPE_LABELS[q.type]} · {SKILL_LABELS[q.skill]} · {q.points} point{q.points === 1 ? "" : "s"}</span>
              </h3>
              <p>{q.prompt}</p>
              <div>
                <p className="text-sm font-semibold">{q.type === "open-response" ? "Sample answer" : q.type === "short-answer" ? "Accepted answers" : "Key"}</p>
                <KeyText answer={q.key} />
              </div>
              {q.rubric.length > 0 && (
                <div>
                  <p className="text-sm font-semibold">Rubric</p>
                  <ul className="list-disc pl-6 text-sm">
                    {q.rubric.map((r) => <li key={r.points}>{r.points} — {r.description}</li>)}
                  </ul>
                </div>
              )}
              <p><span className="text-sm font-semibold">Why: </span>{q.explanation}</p>
              {q.note && <p className="border-l-4 border-neutral-400 pl-3"><span className="text-sm font-semibold">For the teacher: </span>{q.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function KeyText({ answer }: { answer: ReadableAnswer }) {
  if (answer.kind === "none") return <p className={muted}>See the rubric.</p>;
  if (answer.kind === "text") return <p>{answer.text}</p>;
  const List = answer.ordered ? "ol" : "ul";
  return <List className={`${answer.ordered ? "list-decimal" : "list-disc"} pl-6`}>{answer.items.map((item) => <li key={item}>{item}</li>)}</List>;
}
