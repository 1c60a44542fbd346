// Test data written straight to the database with the shared factories: a teacher, one class of
// students, an assignment of one lesson, and an open attempt per student pinned to the current question
// versions (exactly what server/attempts/start-attempt.ts would create).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { Question } from "../../lib/content/schemas";
import { createClass, createStudent, createTeacher, DEFAULT_PASSWORD, uniq } from "../../prisma/factories";
import { mapLimit } from "./wait";

export const PASSWORD = DEFAULT_PASSWORD;

export type QuizQuestion = { questionId: string; versionId: string; definition: Question };
export type SchoolStudent = { id: string; name: string; username: string; attemptId: string };
export type School = {
  teacher: { id: string; email: string };
  classId: string;
  assignmentId: string;
  lessonId: string;
  questions: QuizQuestion[];
  students: SchoolStudent[];
};

/** A short-lived PrismaClient: none is left connected while a test stops the database server. */
export async function withPrisma<T>(url: string, work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** One SQL query on a fresh connection (for checks; nothing stays connected). */
export async function sql<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // a server stopping under us must not crash the test process
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createSchool(url: string, opts: { students: number; tag: string }): Promise<School> {
  return withPrisma(url, async (db) => {
    const teacher = await createTeacher(db, { name: `Teacher ${opts.tag}` });
    const klass = await createClass(db, teacher.id, { name: `Reliability ${opts.tag} ${uniq("")}` });
    const lesson = await db.lesson.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } });
    const rows = await db.question.findMany({
      where: { lessonId: lesson.id, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, versions: { select: { id: true, definition: true }, orderBy: { version: "desc" }, take: 1 } },
    });
    const questions = rows.map((q) => ({ questionId: q.id, versionId: q.versions[0]!.id, definition: Question.parse(q.versions[0]!.definition) }));
    const now = Date.now();
    const assignment = await db.assignment.create({
      data: { classId: klass.id, lessonId: lesson.id, opensAt: new Date(now - 3_600_000), dueAt: new Date(now + 7 * 86_400_000), attemptsAllowed: 1 },
      select: { id: true },
    });
    const questionVersionIds = Object.fromEntries(questions.map((q) => [q.questionId, q.versionId]));
    const students = await mapLimit(Array.from({ length: opts.students }, (_, i) => i + 1), 4, async (n) => {
      const student = await createStudent(db, { classId: klass.id, name: `Student ${n} ${opts.tag}` });
      const attempt = await db.attempt.create({
        data: { assignmentId: assignment.id, studentId: student.id, number: 1, startedAt: new Date(), questionVersionIds },
        select: { id: true },
      });
      return { id: student.id, name: student.name, username: student.username!, attemptId: attempt.id };
    });
    return { teacher: { id: teacher.id, email: teacher.email! }, classId: klass.id, assignmentId: assignment.id, lessonId: lesson.id, questions, students };
  });
}
