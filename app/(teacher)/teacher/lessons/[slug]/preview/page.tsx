import type { Metadata } from "next";
import Link from "next/link";
import QuizPlayer from "@/components/quiz/quiz-player";
import { previewLessonQuiz } from "@/server/assignments/preview-lesson-quiz";
import { loadForPage } from "@/server/page-auth";
import { teacherLessonPageTitle } from "@/server/page-title";

export async function generateMetadata({ params }: PageProps<"/teacher/lessons/[slug]/preview">): Promise<Metadata> {
  return { title: await teacherLessonPageTitle((await params).slug, "Quiz preview", "No access") };
}

export default async function QuizPreviewPage({ params }: PageProps<"/teacher/lessons/[slug]/preview">) {
  const { slug } = await params;
  const view = await loadForPage(`/teacher/lessons/${slug}/preview`, () => previewLessonQuiz(slug));
  return (
    <div className="space-y-4">
      <Link href="/teacher" className="text-sm underline">← Your classes</Link>
      <h1 className="font-serif text-2xl font-semibold">Preview: {view.lessonTitle}</h1>
      <p className="text-sm">
        This is what a student sees, with the options in one student&apos;s order (each student gets their own, unless the assignment turns
        shuffling off). Nothing you do here is saved, and no attempt is created.
      </p>
      <QuizPlayer view={view} preview />
    </div>
  );
}
