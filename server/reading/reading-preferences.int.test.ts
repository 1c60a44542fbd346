import { describe, expect, test, vi } from "vitest";
import { createStudent, createTeacher } from "@/prisma/factories";
import { callAction, type Action } from "@/testing/action-matrix";
import { cookieJar, runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("next/headers", async () => (await import("@/testing/session")).headersMock);

const { db } = await import("@/server/db");
const saveReadingPreferences = (await import("@/server/actions/reading")).saveReadingPreferences as Action;
const { putAccountReadingCookie, clearReadingCookie } = await import("@/server/reading/reading-cookie");

const valid = { textSize: "largest", lineSpacing: "wider", font: "legible", theme: "dark" };
const saved = (userId: string) => db.readingPreference.findUnique({ where: { userId }, select: { textSize: true, lineSpacing: true, font: true, theme: true } });

describe("saving reading preferences", () => {
  test("a student saves them and changes them: one row, and the cookie the head script reads says the latest", async () => {
    const student = await createStudent(db);
    await runAs(student, async () => {
      expect(await callAction(saveReadingPreferences, valid)).toEqual({ kind: "ok" });
      expect(await callAction(saveReadingPreferences, { ...valid, theme: "contrast", font: "dyslexic" })).toEqual({ kind: "ok" });
    });
    expect(await saved(student.id)).toEqual({ ...valid, theme: "contrast", font: "dyslexic" });
    expect(await db.readingPreference.count({ where: { userId: student.id } })).toBe(1);
    expect(cookieJar.get("sourcework-reading")).toBe("largest.wider.dyslexic.contrast");
  });

  test("signing in puts the account's saved settings in the cookie, or removes a stale one; signing out removes it", async () => {
    const [saver, never] = [await createStudent(db), await createStudent(db)];
    await runAs(saver, () => callAction(saveReadingPreferences, valid));
    cookieJar.clear();
    await putAccountReadingCookie(saver.id);
    expect(cookieJar.get("sourcework-reading")).toBe("largest.wider.legible.dark");
    await putAccountReadingCookie(never.id);
    expect(cookieJar.has("sourcework-reading")).toBe(false);
    await putAccountReadingCookie(saver.id);
    await clearReadingCookie();
    expect(cookieJar.has("sourcework-reading")).toBe(false);
  });

  test("each user's are their own: a teacher's save does not touch a student's", async () => {
    const [student, teacher] = [await createStudent(db), await createTeacher(db)];
    await runAs(student, () => callAction(saveReadingPreferences, valid));
    await runAs(teacher, () => callAction(saveReadingPreferences, { ...valid, textSize: "large" }));
    expect(await saved(student.id)).toEqual(valid);
    expect(await saved(teacher.id)).toEqual({ ...valid, textSize: "large" });
  });

  test("signed out, nothing is saved and nothing is read", async () => {
    await runAs(null, async () => {
      cookieJar.clear();
      expect(await callAction(saveReadingPreferences, valid)).toMatchObject({ kind: "error", code: "UNAUTHENTICATED" });
      expect(cookieJar.size).toBe(0);
    });
  });

  test.each([
    ["an unknown theme", { ...valid, theme: "neon" }, "theme"],
    ["a missing field", { textSize: "large", lineSpacing: "wide", font: "default" }, "theme"],
    ["an extra field (someone else's id)", { ...valid, userId: "someone-else" }, "input"],
    ["HTML for a font", { ...valid, font: "<img src=x onerror=alert(1)>" }, "font"],
  ])("%s is refused with a message and writes nothing", async (_name, input, field) => {
    const student = await createStudent(db);
    const outcome = await runAs(student, () => callAction(saveReadingPreferences, input));
    expect(outcome).toMatchObject({ kind: "error", code: "BAD_REQUEST" });
    expect((outcome as { message: string }).message).toContain(field);
    expect(await saved(student.id)).toBeNull();
  });
});
