// TEACHER_SIGNUP=open|invite|closed, and invitations: made by a teacher or the script, used once, expiring.
// The mode is passed in here; in the app it comes from the environment (server/env.ts: production's
// default is "invite", which the end-to-end tests run with: e2e/accounts.spec.ts).
import { describe, expect, test, vi } from "vitest";
import { createTeacher, DEFAULT_PASSWORD, uniq } from "@/prisma/factories";
import { invitationPath, newInvitation } from "@/lib/teacher-invitation";
import { signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { signUpTeacher, signUpStudent, findUsableInvitation } = await import("@/server/accounts/sign-up");
const { createTeacherInvitation } = await import("@/server/accounts/create-teacher-invitation");
const { LIMITS } = await import("@/server/auth/throttle");

const newTeacher = (email = `${uniq("t")}@example.test`, invite?: string) => ({ name: "New Teacher", email, password: DEFAULT_PASSWORD, invite });
const address = () => uniq("addr");
const tokenOf = (path: string) => new URL(path, "http://x").searchParams.get("invite")!;

describe("TEACHER_SIGNUP", () => {
  test("closed: nobody signs up, invitation or not, and nothing is written", async () => {
    const t = newTeacher();
    await expect(signUpTeacher(t, { address: address(), mode: "closed" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: t.email } })).toBe(0);
  });

  test("invite: without an invitation, or with a made-up one, refused; with one, works once", async () => {
    const teacher = await createTeacher(db);
    signInAs(teacher);
    const email = `${uniq("colleague")}@example.test`;
    const { path } = await createTeacherInvitation({ email });
    const token = tokenOf(path);
    expect(await findUsableInvitation(token)).toMatchObject({ email });

    await expect(signUpTeacher(newTeacher(email), { address: address(), mode: "invite" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signUpTeacher(newTeacher(email, newInvitation().token), { address: address(), mode: "invite" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email } })).toBe(0);

    const { id } = await signUpTeacher(newTeacher(email, token), { address: address(), mode: "invite" });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { role: true, email: true } })).toEqual({ role: "TEACHER", email });
    expect(await findUsableInvitation(token)).toBeNull();
    const again = `${uniq("second")}@example.test`;
    await expect(signUpTeacher(newTeacher(again, token), { address: address(), mode: "invite" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: again } })).toBe(0);
  });

  test("invite: the invitation is for its email only, and stays usable after a refusal", async () => {
    const email = `${uniq("invited")}@example.test`;
    const invitation = newInvitation();
    await db.teacherInvitation.create({ data: { tokenHash: invitation.tokenHash, email, expiresAt: invitation.expiresAt } }); // as the script does
    await expect(signUpTeacher(newTeacher(`${uniq("other")}@example.test`, invitation.token), { address: address(), mode: "invite" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `This invitation is for ${email}. Sign up with that address.`,
    });
    await signUpTeacher(newTeacher(email, invitation.token), { address: address(), mode: "invite" });
    expect(invitationPath(invitation.token)).toBe(`/signup?invite=${invitation.token}`);
  });

  test("invite: an expired invitation is refused", async () => {
    const email = `${uniq("late")}@example.test`;
    const invitation = newInvitation(new Date(Date.now() - 8 * 86_400_000));
    await db.teacherInvitation.create({ data: { tokenHash: invitation.tokenHash, email, expiresAt: invitation.expiresAt } });
    expect(await findUsableInvitation(invitation.token)).toBeNull();
    await expect(signUpTeacher(newTeacher(email, invitation.token), { address: address(), mode: "invite" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  test("only teachers make invitations; the link's token is not stored, only its hash", async () => {
    const teacher = await createTeacher(db);
    signInAs(null);
    await expect(createTeacherInvitation({ email: "x@example.test" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(teacher);
    const { path } = await createTeacherInvitation({ email: `${uniq("c")}@example.test` });
    expect(await db.teacherInvitation.count({ where: { tokenHash: tokenOf(path) } })).toBe(0);
  });
});

describe("sign-up throttling", () => {
  test(`after ${LIMITS.signUpAddress.points} sign-ups from one address, the next is refused with 429 and a wait; another address still signs up`, async () => {
    const a = address();
    const tries = Array.from({ length: LIMITS.signUpAddress.points }, () => signUpTeacher(newTeacher(), { address: a, mode: "open" }));
    await Promise.all(tries);
    const refused = newTeacher();
    await expect(signUpTeacher(refused, { address: a, mode: "open" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", status: 429, retryAfterSeconds: expect.any(Number) });
    await expect(signUpStudent({ classId: "irrelevant", name: "S", username: uniq("s"), password: DEFAULT_PASSWORD }, { address: a })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await db.user.count({ where: { email: refused.email } })).toBe(0);
    await signUpTeacher(newTeacher(), { address: address(), mode: "open" });
  });

  test("a taken email is refused with the same words whoever asks, and the try is counted", async () => {
    const existing = await createTeacher(db);
    const a = address();
    await expect(signUpTeacher(newTeacher(existing.email!), { address: a, mode: "open" })).rejects.toMatchObject({ code: "CONFLICT" });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `signUpAddress:${a}` } });
    expect(row.points).toBe(1);
  });
});
