// Roster and reset passwords are one-time: signing in with one leads to "choose your password" and nothing
// else, enforced in server/authz.ts; unused, they expire after TEMPORARY_PASSWORD_DAYS.
import { describe, expect, test, vi } from "vitest";
import { createClassroom, uniq } from "@/prisma/factories";
import { signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("@/server/auth/client-address", async () => (await import("@/testing/session")).addressMock);

const { db } = await import("@/server/db");
const { env } = await import("@/server/env");
const { verifyCredentials } = await import("@/server/auth/verify-credentials");
const { resetStudentPassword } = await import("@/server/classes/roster");
const { importRoster } = await import("@/server/classes/import-roster");
const { chooseOwnPassword } = await import("@/server/accounts/choose-password");
const { requireSessionClaims, requireStudent, requireUser, requireUserChoosingPassword } = await import("@/server/authz");

const DAY = 86_400_000;

async function studentWithTemporaryPassword() {
  const { teacher, klass, students } = await createClassroom(db, 1);
  signInAs(teacher);
  const { temporaryPassword } = await resetStudentPassword({ classId: klass.id, studentId: students[0]!.id });
  const student = await db.user.findUniqueOrThrow({ where: { id: students[0]!.id }, select: { id: true, role: true, username: true, sessionVersion: true, temporaryPasswordExpiresAt: true } });
  return { student, temporaryPassword };
}

describe("temporary passwords", () => {
  test(`expire ${env.TEMPORARY_PASSWORD_DAYS} days after they are handed out (TEMPORARY_PASSWORD_DAYS), by reset and by roster import`, async () => {
    const before = Date.now();
    const { student } = await studentWithTemporaryPassword();
    const expiry = student.temporaryPasswordExpiresAt!.getTime() - before;
    expect(expiry).toBeGreaterThanOrEqual(env.TEMPORARY_PASSWORD_DAYS * DAY);
    expect(expiry).toBeLessThan(env.TEMPORARY_PASSWORD_DAYS * DAY + 60_000);

    const { teacher, klass } = await createClassroom(db, 0);
    signInAs(teacher);
    const [imported] = await importRoster({ classId: klass.id, rows: [{ line: 1, username: uniq("s"), name: "New Student" }] });
    const row = await db.user.findUniqueOrThrow({ where: { username: imported!.username }, select: { mustChangePassword: true, temporaryPasswordExpiresAt: true } });
    expect(row.mustChangePassword).toBe(true);
    expect(row.temporaryPasswordExpiresAt!.getTime() - before).toBeGreaterThanOrEqual(env.TEMPORARY_PASSWORD_DAYS * DAY);
  });

  test("an expired temporary password is refused (and says so only to whoever typed it right)", async () => {
    const { student, temporaryPassword } = await studentWithTemporaryPassword();
    const later = new Date(student.temporaryPasswordExpiresAt!.getTime() + 1000);
    expect(await verifyCredentials({ identifier: student.username!, password: temporaryPassword, address: uniq("a"), now: later })).toEqual({ ok: false, reason: "expired" });
    expect(await verifyCredentials({ identifier: student.username!, password: "not the temporary one", address: uniq("a"), now: later })).toEqual({ ok: false, reason: "invalid" });
    // Before the expiry it works, and the session it makes must choose a password.
    expect(await verifyCredentials({ identifier: student.username!, password: temporaryPassword, address: uniq("a") })).toMatchObject({ ok: true, user: { mustChangePassword: true } });
  });

  test("signed in with one, the server refuses everything but choosing a password; after choosing, all works and the temporary one is dead", async () => {
    const { student, temporaryPassword } = await studentWithTemporaryPassword();
    signInAs({ ...student, sessionVersion: student.sessionVersion });
    await expect(requireUser()).rejects.toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", status: 403 });
    await expect(requireStudent()).rejects.toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    expect(await requireUserChoosingPassword()).toMatchObject({ id: student.id, mustChangePassword: true });

    await expect(chooseOwnPassword(temporaryPassword)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await chooseOwnPassword("my very own password");
    const after = await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { mustChangePassword: true, temporaryPasswordExpiresAt: true, sessionVersion: true } });
    expect(after).toEqual({ mustChangePassword: false, temporaryPasswordExpiresAt: null, sessionVersion: student.sessionVersion + 1 });

    signInAs({ ...student, sessionVersion: after.sessionVersion }); // the new session the action signs in
    expect(await requireStudent()).toMatchObject({ id: student.id });
    await expect(chooseOwnPassword("yet another password")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await verifyCredentials({ identifier: student.username!, password: temporaryPassword, address: uniq("a") })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ identifier: student.username!, password: "my very own password", address: uniq("a") })).toMatchObject({ ok: true, user: { mustChangePassword: false } });
  });
});

describe("the autosave hot path (no user read) refuses a session that must choose a password", () => {
  test("by the claim in its token", async () => {
    const { sessionMock } = await import("@/testing/session");
    sessionMock.sessionToken.mockResolvedValueOnce({ sub: "someone", role: "STUDENT", sv: 1, pwc: true } as never);
    await expect(requireSessionClaims()).rejects.toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
  });
});
