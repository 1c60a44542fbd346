// Authorization matrix for server actions: every exported action of every actions module under app/,
// called as each persona, must be allowed or denied as this table says. A new action without a row fails.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { ACTION_RULES, callAction, discoverActions, makeClassroom, PERSONAS, personaUser } from "@/testing/action-matrix";
import { signInAs } from "@/testing/session";

import type { Action } from "@/testing/action-matrix";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("@/server/auth/client-address", async () => (await import("@/testing/session")).addressMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/testing/session")).headersMock);

const { db } = await import("@/server/db");

const DENIED = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

let discovered: Map<string, Action>;
beforeAll(async () => {
  discovered = await discoverActions();
});

test("every server action has a rule, and every rule names an existing action", () => {
  expect([...discovered.keys()].sort()).toEqual(Object.keys(ACTION_RULES).sort());
});

describe.each(Object.entries(ACTION_RULES))("%s", (key, rule) => {
  test.each(PERSONAS)("as %s", async (persona) => {
    const action = discovered.get(key);
    expect(action, `${key} is not exported`).toBeDefined();
    const classroom = await makeClassroom(db);
    signInAs(personaUser(classroom, persona));
    const outcome = await callAction(action!, rule.input(classroom));
    const denied = outcome.kind === "error" && DENIED.has(outcome.code);
    expect(denied ? "deny" : "allow").toBe(rule.allow.includes(persona) ? "allow" : "deny");
  });
});

// Signed in with a temporary password, a user may do one thing: choose their own. Every action that needs a
// signed-in user refuses them, whatever else they would be allowed (server/authz.ts), and changes nothing.
const OPEN_TO_ANYONE = Object.entries(ACTION_RULES).filter(([, rule]) => rule.allow.includes("anonymous")).map(([key]) => key);
const CHOOSING = "server/actions/accounts.ts#chooseOwnPasswordAction";

describe("a session that must choose its password", () => {
  test.each(Object.keys(ACTION_RULES).filter((key) => !OPEN_TO_ANYONE.includes(key) && key !== CHOOSING))("%s is refused", async (key) => {
    const rule = ACTION_RULES[key]!;
    const classroom = await makeClassroom(db);
    const persona = rule.allow.find((p) => p !== "anonymous") ?? "student";
    const user = personaUser(classroom, persona)!;
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    signInAs(user);
    expect(await callAction(discovered.get(key)!, rule.input(classroom))).toMatchObject({ kind: "error", code: "PASSWORD_CHANGE_REQUIRED" });
  });

  test("choosing the password is what it may do", async () => {
    const classroom = await makeClassroom(db);
    const student = classroom.students[0]!;
    await db.user.update({ where: { id: student.id }, data: { mustChangePassword: true } });
    signInAs(student);
    await callAction(discovered.get(CHOOSING)!, ACTION_RULES[CHOOSING]!.input(classroom));
    expect(await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: false });
  });
});
