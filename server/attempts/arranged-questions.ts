import "server-only";
import type { Question } from "@/lib/content/schemas";
import { arrangeOptions, inLayoutOrder, type AttemptLayout } from "@/lib/quiz/layout";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/public-question";
import { getQuestionVersions } from "@/server/content/question-versions";

export type ArrangedQuestion = {
  questionId: string;
  versionId: string;
  /** The pinned definition, key and all, for grading and feedback on the server. */
  definition: Question;
  /** 1-based, in the order this attempt shows its questions. */
  number: number;
  /** What the student's browser gets: no key, options in this attempt's order. */
  public: PublicQuestion;
};

/** An attempt's pinned questions in the order it shows them, each arranged by its layout (lib/quiz/layout.ts). */
export async function arrangedQuestions(questionVersionIds: Record<string, string>, layout: AttemptLayout | null): Promise<ArrangedQuestion[]> {
  const versions = await getQuestionVersions(Object.values(questionVersionIds));
  const pinned = inLayoutOrder(Object.entries(questionVersionIds).map(([questionId, versionId]) => ({ questionId, versionId })), layout);
  return pinned.map(({ questionId, versionId }, i) => {
    const definition = versions.get(versionId)!.definition;
    const ids = { questionId, versionId, number: i + 1 };
    return { ...ids, definition, public: toPublicQuestion(arrangeOptions(definition, layout?.options[questionId], layout?.removed?.[questionId]), ids) };
  });
}
