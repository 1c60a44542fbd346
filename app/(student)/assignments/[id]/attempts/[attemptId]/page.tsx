import type { Metadata } from "next";
import { redirect } from "next/navigation";
import QuizPlayer from "@/components/quiz/quiz-player";
import { assignmentPageTitle } from "@/server/assignments/assignment-page-title";
import { getAttemptView } from "@/server/attempts/get-attempt-view";
import { loadForPage } from "@/server/page-auth";

export async function generateMetadata({ params }: PageProps<"/assignments/[id]/attempts/[attemptId]">): Promise<Metadata> {
  return { title: await assignmentPageTitle((await params).id, "Quiz") };
}

export default async function AttemptPage({ params }: PageProps<"/assignments/[id]/attempts/[attemptId]">) {
  const { id, attemptId } = await params;
  const view = await loadForPage(`/assignments/${id}/attempts/${attemptId}`, () => getAttemptView({ attemptId }));
  // A submitted attempt (or one whose time ran out) has results, not questions.
  if ("submitted" in view) redirect(`/assignments/${view.assignmentId}/attempts/${attemptId}/results`);
  return <QuizPlayer view={view} showTitle />;
}
