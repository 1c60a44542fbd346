import { beforeAll, describe, expect, test, vi } from "vitest";
import { createClassroom, createStudent, DEFAULT_PASSWORD, uniq } from "@/prisma/factories";
import { signInAs } from "@/testing/session";

// One client address per test, the way the sign-in form's would be.
const address = () => uniq("addr");

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("@/server/auth/client-address", async () => (await import("@/testing/session")).addressMock);

const { db } = await import("@/server/db");
const { verifyCredentials } = await import("@/server/auth/verify-credentials");
const { signUpTeacher } = await import("@/server/accounts/sign-up");
const { importRoster } = await import("@/server/classes/import-roster");
const { resetStudentPassword } = await import("@/server/classes/roster");
const { getCurrentUser } = await import("@/server/authz");
const { changePassword } = await import("@/server/accounts/change-password");

describe("sign-in throttling (stored in PostgreSQL)", () => {
  test("the 6th attempt after 5 wrong passwords from one address is refused there, even with the right password, also by a fresh instance", async () => {
    const student = await createStudent(db);
    const a = address();
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials({ identifier: student.username!, password: "wrong password!", address: a })).toEqual({ ok: false, reason: "invalid" });
    }
    const sixth = await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: a });
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    expect((sixth as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((sixth as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    // A second app instance shares nothing with this one but the database.
    vi.resetModules();
    const fresh = await import("@/server/auth/verify-credentials");
    expect(await fresh.verifyCredentials({ identifier: student.username!.toUpperCase(), password: DEFAULT_PASSWORD, address: a })).toMatchObject({ reason: "throttled" });
  });

  test("5 wrong passwords from address A do not stop the student signing in from address B", async () => {
    const student = await createStudent(db);
    const [a, b] = [address(), address()];
    for (let i = 0; i < 5; i++) await verifyCredentials({ identifier: student.username!, password: "a stranger's guess", address: a });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: a })).toMatchObject({ reason: "throttled" });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: b })).toMatchObject({ ok: true, user: { id: student.id } });
  });

  test("the looser per-account ceiling: 30 wrong passwords from many addresses lock the account everywhere", async () => {
    const student = await createStudent(db);
    for (let i = 0; i < 30; i++) await verifyCredentials({ identifier: student.username!, password: `guess ${i}`, address: address() });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: address() })).toMatchObject({ reason: "throttled" });
  });

  test("100 failures from one address across accounts block that address, not others", async () => {
    const a = address();
    for (let i = 0; i < 100; i++) await verifyCredentials({ identifier: uniq("nobody"), password: "x", address: a });
    const student = await createStudent(db);
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: a })).toMatchObject({ reason: "throttled" });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: address() })).toMatchObject({ ok: true });
  });

  test("one key per account: failures by username and by email count together; a success clears that address's count", async () => {
    const email = `${uniq("t")}@example.test`;
    const { id } = await signUpTeacher({ name: "Ms Hale", email, password: DEFAULT_PASSWORD }, { address: address(), mode: "open" });
    await db.user.update({ where: { id }, data: { username: uniq("hale") } });
    const { username } = await db.user.findUniqueOrThrow({ where: { id }, select: { username: true } });
    const a = address();
    for (let i = 0; i < 4; i++) await verifyCredentials({ identifier: i % 2 ? email : username!, password: "wrong", address: a });
    expect(await verifyCredentials({ identifier: email, password: DEFAULT_PASSWORD, address: a })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await verifyCredentials({ identifier: username!, password: "wrong", address: a });
    expect(await verifyCredentials({ identifier: username!, password: DEFAULT_PASSWORD, address: a })).toMatchObject({ ok: true });
    await verifyCredentials({ identifier: email, password: "wrong", address: a });
    for (let i = 0; i < 4; i++) await verifyCredentials({ identifier: username!, password: "wrong", address: a });
    expect(await verifyCredentials({ identifier: email, password: DEFAULT_PASSWORD, address: a })).toMatchObject({ reason: "throttled" });
  });

  test("unknown account and wrong password give the same answer", async () => {
    const student = await createStudent(db);
    const unknown = await verifyCredentials({ identifier: uniq("ghost"), password: DEFAULT_PASSWORD, address: address() });
    const wrong = await verifyCredentials({ identifier: student.username!, password: "not the password", address: address() });
    expect(unknown).toEqual(wrong);
  });

  test("names typed are not stored: an unknown account's counter is keyed by a hash", async () => {
    const typed = uniq("Ghost.Typed");
    await verifyCredentials({ identifier: typed, password: "x", address: address() });
    expect(await db.rateLimit.count({ where: { key: { contains: typed.toLowerCase() } } })).toBe(0);
  });
});

describe("passwords", () => {
  test("are stored as argon2id hashes, never in plain text", async () => {
    const email = `${uniq("t")}@example.test`;
    const password = "a long secret passphrase";
    const { id } = await signUpTeacher({ name: "Ms Rivera", email, password }, { address: address(), mode: "open" });
    const row = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(await verifyCredentials({ identifier: email.toUpperCase(), password, address: address() })).toMatchObject({ ok: true, user: { id } });
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
    expect(await verifyCredentials({ identifier: student.username!, password: temporaryPassword, address: address() })).toMatchObject({ ok: true });
  });
});

describe("changing your own password", () => {
  test("needs the current password; the new one works, the old one does not, and older sessions end", async () => {
    const student = await createStudent(db);
    await expect(changePassword(student.id, { currentPassword: "not it", newPassword: "a new passphrase" }, address())).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const version = await changePassword(student.id, { currentPassword: DEFAULT_PASSWORD, newPassword: "a new passphrase" }, address());

    expect(version).toBe(student.sessionVersion + 1);
    signInAs(student); // a session from before the change
    expect(await getCurrentUser()).toBeNull();
    expect(await verifyCredentials({ identifier: student.username!, password: "a new passphrase", address: address() })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: address() })).toMatchObject({ ok: false });
  });

  test("wrong current passwords count toward the sign-in limit of the same account and address: after 5, even the right one is refused", async () => {
    const student = await createStudent(db);
    const a = address();
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(student.id, { currentPassword: `guess ${i}`, newPassword: "a new passphrase" }, a)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(changePassword(student.id, { currentPassword: DEFAULT_PASSWORD, newPassword: "a new passphrase" }, a)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many wrong passwords. Try again in 15 minutes.",
      retryAfterSeconds: expect.any(Number),
    });
    // The same counters as the sign-in form: signing in from that address is refused too.
    expect(await verifyCredentials({ identifier: student.username!, password: DEFAULT_PASSWORD, address: a })).toMatchObject({ reason: "throttled" });
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
    expect(await verifyCredentials({ identifier: imported[1]!.username, password: imported[1]!.temporaryPassword, address: address() })).toMatchObject({ ok: true });
  });

  test("into another teacher's class is refused as not found, and nothing is written", async () => {
    const { klass, otherTeacher } = await createClassroom(db, 0);
    signInAs(otherTeacher);
    const username = uniq("s");
    await expect(importRoster({ classId: klass.id, rows: [{ line: 1, username, name: "X" }] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count({ where: { username } })).toBe(0);
  });
});
