// Authorization matrix for server actions: every exported action of every actions module under app/,
// called as each persona, must be allowed or denied as this table says. A new action without a row fails.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { ACTION_RULES, callAction, discoverActions, makeClassroom, PERSONAS, personaUser } from "@/testing/action-matrix";
import { signInAs } from "@/testing/session";

import type { Action } from "@/testing/action-matrix";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

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
