import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { loadContent } from "@/server/content/load-content";
import type { Content } from "@/lib/content/schemas";
import { createClassroom } from "@/prisma/factories";
import { createIsolatedDatabase } from "@/testing/isolated-database";
import { importContent } from "@/server/content/import-content";
import { insertTeacherQuestion } from "@/testing/teacher-questions";

// Importing retires whatever the files no longer hold, so this file works on a database of its own.
let isolated: Awaited<ReturnType<typeof createIsolatedDatabase>>;
let db: PrismaClient;
let content: Content;

beforeAll(async () => {
  isolated = await createIsolatedDatabase();
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: isolated.url }) });
  content = await loadContent();
});

afterAll(async () => {
  await db.$disconnect();
  await isolated.drop();
});

const counts = async () => ({
  sources: await db.source.count(),
  lessons: await db.lesson.count(),
  questions: await db.question.count(),
  versions: await db.questionVersion.count(),
});

const withQuestionChanged = (c: Content, lessonIndex: number, questionIndex: number, change: (q: Record<string, unknown>) => void): Content => {
  const copy = structuredClone(c);
  change(copy.lessons[lessonIndex]!.questions[questionIndex] as unknown as Record<string, unknown>);
  return copy;
};

test("importing twice changes nothing the second time", async () => {
  const first = await importContent(db, content);
  const total = content.lessons.reduce((n, l) => n + l.questions.length, 0);
  expect(first.questions.created).toBe(total);
  const after = await counts();
  expect(after).toEqual({ sources: 2, lessons: 6, questions: total, versions: total });

  const updatedAt = await db.source.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
  const second = await importContent(db, content);
  expect(second).toEqual({
    sources: { created: 0, updated: 0 },
    lessons: { created: 0, updated: 0, retired: 0 },
    questions: { created: 0, newVersions: 0, moved: 0, retired: 0, unchanged: total },
  });
  expect(await counts()).toEqual(after);
  expect(await db.source.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(updatedAt);
});

test("editing a question makes a new version; the old one, and answers to it, remain", async () => {
  await importContent(db, content);
  const lesson = content.lessons[1]!;
  const question = lesson.questions[0]!;
  const id = `${lesson.id}/${question.id}`;
  const v1 = await db.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId: id, version: 1 } } });

  // A student answered version 1.
  const { klass, students } = await createClassroom(db, 1);
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: lesson.id, opensAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) } });
  const attempt = await db.attempt.create({ data: { assignmentId: assignment.id, studentId: students[0]!.id, number: 1 } });
  await db.answer.create({ data: { attemptId: attempt.id, questionId: id, questionVersionId: v1.id, response: { choice: "a" }, maxPoints: 1 } });

  const edited = withQuestionChanged(content, 1, 0, (q) => (q.prompt = `${q.prompt as string} (revised)`));
  const summary = await importContent(db, edited);
  expect(summary.questions.newVersions).toBe(1);

  const versions = await db.questionVersion.findMany({ where: { questionId: id }, orderBy: { version: "asc" } });
  expect(versions.map((v) => v.version)).toEqual([1, 2]);
  expect((versions[0]!.definition as { prompt: string }).prompt).toBe(question.prompt);
  expect((versions[1]!.definition as { prompt: string }).prompt).toBe(`${question.prompt} (revised)`);
  expect((await db.question.findUniqueOrThrow({ where: { id } })).currentVersion).toBe(2);
  const answer = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: id } } });
  expect(answer.questionVersionId).toBe(v1.id);

  // Re-importing the edited content is again a no-op.
  expect((await importContent(db, edited)).questions.newVersions).toBe(0);
});

test("a question removed from its quiz is retired, not deleted, and comes back if restored", async () => {
  await importContent(db, content);
  const lesson = content.lessons[2]!;
  const removed = lesson.questions.at(-1)!;
  const id = `${lesson.id}/${removed.id}`;
  const without = structuredClone(content);
  without.lessons[2]!.questions.pop();

  expect((await importContent(db, without)).questions.retired).toBe(1);
  expect((await db.question.findUniqueOrThrow({ where: { id } })).retiredAt).toBeInstanceOf(Date);

  await importContent(db, content);
  expect((await db.question.findUniqueOrThrow({ where: { id } })).retiredAt).toBeNull();
});

test("two instances importing at the same moment produce one set of rows (advisory lock)", async () => {
  const fresh = await createIsolatedDatabase();
  const a = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url }) });
  const b = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url }) });
  try {
    const [first, second] = await Promise.all([importContent(a, content), importContent(b, content)]);
    expect(first.questions.created + second.questions.created).toBe(content.lessons.reduce((n, l) => n + l.questions.length, 0));
    expect(Math.min(first.questions.created, second.questions.created)).toBe(0);
    expect(await a.questionVersion.count()).toBe(await a.question.count());
  } finally {
    await a.$disconnect();
    await b.$disconnect();
    await fresh.drop();
  }
});

test("a teacher's own question is not content: an import neither retires nor versions it", async () => {
  await importContent(db, content);
  const { teacher } = await createClassroom(db, 0);
  const { questionId } = await insertTeacherQuestion(db, teacher.id);
  const summary = await importContent(db, content);
  expect(summary.questions.retired).toBe(0);
  expect(await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { retiredAt: true, currentVersion: true } })).toEqual({ retiredAt: null, currentVersion: 1 });
});
