// Join codes are looked up by anyone: wrong ones count per address (and overall), and once an address is
// throttled no code is looked up at all — a guesser never learns which class a code belongs to.
import { describe, expect, test, vi } from "vitest";
import { createClassroom, createStudent, uniq } from "@/prisma/factories";
import { signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { lookUpJoinCode, joinClass } = await import("@/server/classes/join-class");
const { LIMITS } = await import("@/server/auth/throttle");

const wrongCode = () => `ZZ${uniq("").slice(0, 5).toUpperCase()}`;

describe("join-code lookups", () => {
  test("30 wrong codes from one address within a minute: refused (429) after the limit, even the right code; other addresses unaffected", async () => {
    const { klass } = await createClassroom(db, 0);
    const a = uniq("addr");
    const outcomes = [];
    for (let i = 0; i < 30; i++) outcomes.push((await lookUpJoinCode(wrongCode(), a)).status);
    const limit = LIMITS.joinCodeAddress.points;
    expect(outcomes.slice(0, limit)).toEqual(Array(limit).fill("unknown"));
    expect(outcomes.slice(limit)).toEqual(Array(30 - limit).fill("throttled"));

    const right = await lookUpJoinCode(klass.joinCode, a);
    expect(right).toMatchObject({ status: "throttled", message: expect.stringMatching(/^Too many wrong class codes from your network\. Try again in \d+ minutes?\.$/) });
    expect(right).not.toHaveProperty("klass");
    expect(await lookUpJoinCode(klass.joinCode, uniq("addr"))).toMatchObject({ status: "found", klass: { id: klass.id } });
  });

  test("joining with a code is throttled the same way, with a 429 and when to try again", async () => {
    const { klass } = await createClassroom(db, 0);
    const student = await createStudent(db);
    signInAs(student);
    const a = uniq("addr");
    for (let i = 0; i < LIMITS.joinCodeAddress.points; i++) await expect(joinClass(wrongCode(), a)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(joinClass(klass.joinCode, a)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", status: 429, retryAfterSeconds: expect.any(Number) });
    expect(await db.enrollment.count({ where: { classId: klass.id, studentId: student.id } })).toBe(0);
    await joinClass(klass.joinCode, uniq("addr"));
    expect(await db.enrollment.count({ where: { classId: klass.id, studentId: student.id } })).toBe(1);
  });

  test("right codes are not counted: a whole class can open its link from one address", async () => {
    const { klass } = await createClassroom(db, 0);
    const a = uniq("addr");
    for (let i = 0; i < 40; i++) expect((await lookUpJoinCode(klass.joinCode, a)).status).toBe("found");
  });
});
