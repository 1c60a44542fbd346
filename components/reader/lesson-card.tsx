import Link from "next/link";
import { lessonSkills } from "@/lib/content/lesson-skills";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { Lesson } from "@/lib/content/schemas";

/** A lesson in the catalogue; the title is the link, and the whole card answers to a click on it. */
export function LessonCard({ lesson, heading: Heading = "h2" }: { lesson: Lesson; heading?: "h2" | "h3" }) {
  const skills = lessonSkills(lesson);
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] p-5 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <p className="font-sans text-sm font-medium text-[var(--color-accent)]">Lesson {lesson.position}</p>
      <Heading className="mt-1 font-serif text-xl font-semibold leading-snug text-balance">
        <Link href={`/lessons/${lesson.id}`} className="after:absolute after:inset-0 after:rounded-lg hover:underline">
          {lesson.title}
        </Link>
      </Heading>
      <p className="mt-3 font-serif leading-relaxed">
        <span className="sr-only">Central question: </span>
        {lesson.centralQuestion}
      </p>
      <dl className="mt-auto flex flex-wrap gap-x-5 gap-y-1 pt-4 text-sm text-[var(--color-muted)]">
        <div className="flex gap-1">
          <dt>Time:</dt>
          <dd>about {lesson.estimatedMinutes} minutes</dd>
        </div>
        <div className="flex gap-1">
          <dt>Skills:</dt>
          <dd>{skills.map((skill) => SKILL_LABELS[skill]).join(", ")}</dd>
        </div>
      </dl>
    </article>
  );
}
