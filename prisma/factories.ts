// Factories shared by the demo seed and the tests. Every name is unique, so tests run in parallel
// against one database without truncating tables.
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/generated/prisma/client";
import { generateJoinCode } from "@/lib/join-code";

export const uniq = (prefix = "t") => `${prefix}${crypto.randomBytes(5).toString("hex")}`;

// Cheaper hashing parameters for made-up users keep test set-up fast; still argon2id.
const FAST = { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 } as const;
const hashCache = new Map<string, Promise<string>>();
export const hashForFixture = (password: string) => {
  if (!hashCache.has(password)) hashCache.set(password, hash(password, FAST));
  return hashCache.get(password)!;
};

export const DEFAULT_PASSWORD = "correct horse battery";

// Any PrismaClient, whatever its log and omit options (the app's omits password hashes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Client = Pick<PrismaClient<any, any>, "user" | "class" | "enrollment">;

export async function createTeacher(db: Client, overrides: { name?: string; email?: string; password?: string } = {}) {
  const email = overrides.email ?? `${uniq("teacher")}@example.test`;
  return db.user.create({
    data: { role: "TEACHER", name: overrides.name ?? "Test Teacher", email, passwordHash: await hashForFixture(overrides.password ?? DEFAULT_PASSWORD) },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true },
  });
}

export async function createStudent(db: Client, overrides: { name?: string; username?: string; password?: string; classId?: string } = {}) {
  return db.user.create({
    data: {
      role: "STUDENT",
      name: overrides.name ?? "Test Student",
      username: overrides.username ?? uniq("student"),
      passwordHash: await hashForFixture(overrides.password ?? DEFAULT_PASSWORD),
      ...(overrides.classId ? { enrollments: { create: { classId: overrides.classId } } } : {}),
    },
    select: { id: true, name: true, username: true, role: true, sessionVersion: true },
  });
}

export async function createClass(db: Client, teacherId: string, overrides: { name?: string; joinCode?: string } = {}) {
  return db.class.create({
    data: { teacherId, name: overrides.name ?? `Class ${uniq("")}`, joinCode: overrides.joinCode ?? generateJoinCode() },
    select: { id: true, name: true, joinCode: true, teacherId: true },
  });
}

/** A teacher with a class of `size` students, plus a second teacher and a student of another class: the usual cast. */
export async function createClassroom(db: Client, size = 2) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = [];
  for (let i = 0; i < size; i++) students.push(await createStudent(db, { classId: klass.id, name: `Student ${i + 1}` }));
  const otherTeacher = await createTeacher(db);
  const otherClass = await createClass(db, otherTeacher.id);
  const outsider = await createStudent(db, { classId: otherClass.id, name: "Other Student" });
  return { teacher, klass, students, otherTeacher, otherClass, outsider };
}
