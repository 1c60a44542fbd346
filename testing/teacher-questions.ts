// Teacher-written questions for tests: valid definitions (on the real Kuznetsov telegram) and a direct
// insert, shaped as server/questions/create-teacher-question.ts stores them, for fixtures that need one ready.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Question } from "@/lib/content/schemas";

export const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";

export const sampleEvidenceQuestion = {
  id: "q1",
  type: "evidence",
  skill: "close-reading",
  prompt: "Which sentences show who, in Moscow's account, decides about observers in Cuba?",
  points: 1,
  evidence: [{ source: KUZNETSOV, ref: "p3.s1" }],
  explanation: "¶3 leaves the decision to Cuba as a sovereign state.",
  claim: "Moscow's account leaves the question of observers to Cuba.",
  source: KUZNETSOV,
  answer: ["p3.s1", "p3.s2"],
} satisfies Question;

export const sampleChoiceQuestion = {
  id: "q1",
  type: "single-choice",
  skill: "close-reading",
  prompt: "Whom is Kuznetsov told to meet?",
  points: 1,
  evidence: [{ source: KUZNETSOV, ref: "p2.s1" }],
  explanation: "¶2 opens: it is necessary that you meet with McCloy.",
  choices: [
    { id: "a", text: "McCloy" },
    { id: "b", text: "U Thant" },
    { id: "c", text: "Castro" },
  ],
  answer: "a",
} satisfies Question;

/** Inserts a question written by `authorId`, optionally on an assignment; returns its id and version id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the app's client and a script's differ only in options
type Client = Pick<PrismaClient<any, any>, "question">;

export async function insertTeacherQuestion(db: Client, authorId: string, { assignmentId, definition = sampleChoiceQuestion }: { assignmentId?: string; definition?: Question } = {}) {
  const id = `teacher-${randomUUID()}`;
  const question = await db.question.create({
    data: {
      id,
      authorId,
      position: 0,
      currentVersion: 1,
      versions: { create: { version: 1, type: definition.type, skill: definition.skill, maxPoints: definition.points, definition, contentHash: randomUUID() } },
      ...(assignmentId ? { assignmentLinks: { create: { assignmentId, position: 0 } } } : {}),
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  return { questionId: question.id, versionId: question.versions[0]!.id };
}
