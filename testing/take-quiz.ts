// Integration-test helper: a student takes a whole quiz through the real engine (start, autosave every
// answer, submit), so progress and review tests start from data exactly as the app writes it.
import { Question } from "@/lib/content/schemas";
import { runAs } from "@/testing/session";
import type { Role } from "@/lib/enums";

type Student = { id: string; role: Role; sessionVersion: number };

/** `respond` gives each question's answer; `undefined` leaves that question blank. */
export async function takeQuiz(student: Student, assignmentId: string, respond: (q: Question) => unknown) {
  const { db } = await import("@/server/db");
  const { startAttempt } = await import("@/server/attempts/start-attempt");
  const { saveAnswer } = await import("@/server/attempts/save-answer");
  const { submitAttempt } = await import("@/server/attempts/submit-attempt");
  return runAs(student, async () => {
    const { attemptId } = await startAttempt({ assignmentId });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const ids = attempt.questionVersionIds as Record<string, string>;
    const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(ids) } } });
    const questions = Object.entries(ids).map(([questionId, versionId]) => ({ questionId, versionId, definition: Question.parse(versions.find((v) => v.id === versionId)!.definition) }));
    for (const [n, q] of questions.entries()) {
      const response = respond(q.definition);
      if (response !== undefined) await saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response, flagged: false, seq: n + 1 });
    }
    const result = await submitAttempt({ attemptId });
    return { attemptId, questions, result };
  });
}
