import "server-only";
import { checkAuthoredQuestion } from "@/lib/authoring/question-draft";
import type { Question } from "@/lib/content/schemas";
import { AppError } from "@/server/errors";
import { loadAuthoringDocuments } from "@/server/questions/authoring-documents";

/** The server's own check of a teacher's question (the form's is a convenience): schema, then key and evidence against the documents. */
export async function checkTeacherQuestion(candidate: unknown): Promise<Question> {
  const { index } = await loadAuthoringDocuments();
  const checked = checkAuthoredQuestion(candidate, index);
  if (checked.ok) return checked.question;
  const [field, message] = Object.entries(checked.errors)[0] ?? ["question", "is not valid"];
  throw new AppError("BAD_REQUEST", `${field}: ${message}`.slice(0, 280));
}

/** A version row's columns, as the content import writes them. */
export const versionData = (question: Question, contentHash: string) => ({
  type: question.type,
  skill: question.skill,
  maxPoints: question.points,
  definition: question,
  contentHash,
});
