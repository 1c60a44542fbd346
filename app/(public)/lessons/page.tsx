import type { Metadata } from "next";
import { LessonCard } from "@/components/reader/lesson-card";
import { PageIntro } from "@/components/reader/page-intro";
import { getLessons } from "@/server/content/catalog";

export const metadata: Metadata = {
  title: "Lessons",
  description: "Five lessons on two Soviet telegrams of 1 November 1962: sourcing, close reading, corroboration and context.",
};

export default async function LessonsPage() {
  const lessons = await getLessons();
  return (
    <div className="space-y-8">
      <PageIntro eyebrow="Cuban Missile Crisis · 1 November 1962" title="Lessons">
        <p>
          Each lesson asks one central question and sends you back to the words of the telegrams to answer it. Read the
          lesson here; your teacher assigns its quiz.
        </p>
      </PageIntro>
      <ol className="grid gap-5 md:grid-cols-2" aria-label="Lessons in order">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <LessonCard lesson={lesson} />
          </li>
        ))}
      </ol>
    </div>
  );
}
