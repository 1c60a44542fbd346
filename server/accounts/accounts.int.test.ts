import { beforeAll, describe, expect, test, vi } from "vitest";
import { createClassroom, createStudent, DEFAULT_PASSWORD, uniq } from "@/prisma/factories";
import { signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { verifyCredentials } = await import("@/server/auth/verify-credentials");
const { signUpTeacher } = await import("@/server/accounts/sign-up");
const { importRoster } = await import("@/server/classes/import-roster");
const { resetStudentPassword } = await import("@/server/classes/roster");
const { getCurrentUser } = await import("@/server/authz");
const { changePassword } = await import("@/server/accounts/change-password");

describe("sign-in throttling (stored in PostgreSQL)", () => {
  test("the 6th attempt after 5 wrong passwords is refused, even with the right password, also from a fresh instance", async () => {
    const student = await createStudent(db);
    const ip = uniq("ip");
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials({ identifier: student.username!, password: "wrong password!", ip })).toEqual({ ok: false, reason: "invalid" });
    }
    const sixth = await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, ip: uniq("ip") });
    expect(sixth).toEqual({ ok: false, reason: "throttled", retryInMinutes: 15 });

    // A second app instance shares nothing with this one but the database.
    vi.resetModules();
    const fresh = await import("@/server/auth/verify-credentials");
    expect(await fresh.verifyCredentials({ identifier: student.username!.toUpperCase(), password: DEFAULT_PASSWORD, ip })).toMatchObject({ reason: "throttled" });
  });

  test("20 failures from one IP across accounts block that IP, not other IPs", async () => {
    const ip = uniq("ip");
    for (let i = 0; i < 20; i++) await verifyCredentials({ identifier: uniq("nobody"), password: "x", ip });
    const student = await createStudent(db);
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, ip })).toMatchObject({ reason: "throttled" });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, ip: uniq("ip") })).toMatchObject({ ok: true });
  });

  test("unknown account and wrong password give the same answer", async () => {
    const student = await createStudent(db);
    const unknown = await verifyCredentials({ identifier: uniq("ghost"), password: DEFAULT_PASSWORD, ip: uniq("ip") });
    const wrong = await verifyCredentials({ identifier: student.username!, password: "not the password", ip: uniq("ip") });
    expect(unknown).toEqual(wrong);
  });
});

describe("passwords", () => {
  test("are stored as argon2id hashes, never in plain text", async () => {
    const email = `${uniq("t")}@example.test`;
    const password = "a long secret passphrase";
    const { id } = await signUpTeacher({ name: "Ms Rivera", email, password });
    const row = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(await verifyCredentials({ identifier: email.toUpperCase(), password, ip: uniq("ip") })).toMatchObject({ ok: true, user: { id } });
  });

  test("the hash is not returned by default queries", async () => {
    const student = await createStudent(db);
    const row = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  test("a teacher's reset gives a working temporary password and ends the student's existing sessions", async () => {
    const { teacher, klass, students } = await createClassroom(db, 1);
    const student = students[0]!;
    signInAs(student);
    expect(await getCurrentUser()).toMatchObject({ id: student.id });

    signInAs(teacher);
    const { temporaryPassword } = await resetStudentPassword({ classId: klass.id, studentId: student.id });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{10}$/);

    signInAs(student); // the old token, with the old session version
    expect(await getCurrentUser()).toBeNull();
    expect(await verifyCredentials({ identifier: student.username!, password: temporaryPassword, ip: uniq("ip") })).toMatchObject({ ok: true });
  });
});

describe("changing your own password", () => {
  test("needs the current password; the new one works, the old one does not, and older sessions end", async () => {
    const student = await createStudent(db);
    await expect(changePassword(student.id, { currentPassword: "not it", newPassword: "a new passphrase" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const version = await changePassword(student.id, { currentPassword: DEFAULT_PASSWORD, newPassword: "a new passphrase" });

    expect(version).toBe(student.sessionVersion + 1);
    signInAs(student); // a session from before the change
    expect(await getCurrentUser()).toBeNull();
    expect(await verifyCredentials({ identifier: student.username!, password: "a new passphrase", ip: uniq("ip") })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, ip: uniq("ip") })).toMatchObject({ ok: false });
  });

  test("wrong current passwords count toward the sign-in limit: after 5, even the right one is refused", async () => {
    const student = await createStudent(db);
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(student.id, { currentPassword: `guess ${i}`, newPassword: "a new passphrase" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(changePassword(student.id, { currentPassword: DEFAULT_PASSWORD, newPassword: "a new passphrase" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many wrong passwords. Try again in 15 minutes.",
    });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, ip: uniq("ip") })).toMatchObject({ reason: "throttled" });
    expect(await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { sessionVersion: true } })).toEqual({ sessionVersion: student.sessionVersion });
  });
});

describe("roster import", () => {
  beforeAll(() => signInAs(null));

  test("is all or nothing: one taken username imports no one, and the error names its line", async () => {
    const { teacher, klass } = await createClassroom(db, 0);
    const existing = await createStudent(db);
    signInAs(teacher);
    const rows = [
      { line: 1, username: uniq("s"), name: "Ana" },
      { line: 2, username: existing.username!, name: "Taken" },
      { line: 3, username: uniq("s"), name: "Bo" },
    ];
    await expect(importRoster({ classId: klass.id, rows })).rejects.toThrow(`line 2: username "${existing.username}" is already taken`);
    expect(await db.user.count({ where: { username: { in: [rows[0]!.username, rows[2]!.username] } } })).toBe(0);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(0);
  });

  test("creates enrolled accounts whose temporary passwords work", async () => {
    const { teacher, klass } = await createClassroom(db, 0);
    signInAs(teacher);
    const rows = [1, 2, 3].map((line) => ({ line, username: uniq("s"), name: `Student ${line}` }));
    const imported = await importRoster({ classId: klass.id, rows });
    expect(imported.map((s) => s.username)).toEqual(rows.map((r) => r.username));
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(3);
    expect(await verifyCredentials({ identifier: imported[1]!.username, password: imported[1]!.temporaryPassword, ip: uniq("ip") })).toMatchObject({ ok: true });
  });

  test("into another teacher's class is refused as not found, and nothing is written", async () => {
    const { klass, otherTeacher } = await createClassroom(db, 0);
    signInAs(otherTeacher);
    const username = uniq("s");
    await expect(importRoster({ classId: klass.id, rows: [{ line: 1, username, name: "X" }] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count({ where: { username } })).toBe(0);
  });
});
