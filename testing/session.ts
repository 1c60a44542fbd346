// Integration tests call server/ code as a given user. The session reader and Auth.js are mocked in each
// test file with `vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock)`
// (and nextAuthMock); the client address with addressMock, which gives every call an address of its own
// unless a test sets one (useAddress), so the per-address throttles of one test never reach another.
// signInAs() sets who is asking for the rest of the test; runAs() scopes it to one call, so many
// simulated students can act concurrently.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import type { Role } from "@/lib/enums";

type SessionUser = { id: string; role: Role; sessionVersion: number };
/** The claims sessionToken() returns for a signed-in user (see server/auth/session-token.ts). */
type Token = { sub: string; role: Role; sv: number } | null;

let current: Token = null;
let address: string | null = null;
const scoped = new AsyncLocalStorage<Token>();

const toToken = (user: SessionUser | null): Token => (user ? { sub: user.id, role: user.role, sv: user.sessionVersion } : null);

export const sessionMock = {
  sessionToken: vi.fn(async () => (scoped.getStore() !== undefined ? scoped.getStore() : current)),
};

export const nextAuthMock = {
  signIn: vi.fn(),
  signOut: vi.fn(),
  // The Auth.js route handler, present so that route sweeps see its methods; tests never call it.
  handlers: { GET: vi.fn(), POST: vi.fn() },
};

export function signInAs(user: SessionUser | null) {
  current = toToken(user);
}

export function runAs<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run(toToken(user), fn);
}

export const addressMock = {
  requestAddress: vi.fn(async () => address ?? `test-${randomBytes(6).toString("hex")}`),
  addressOf: vi.fn(() => address ?? `test-${randomBytes(6).toString("hex")}`),
};

/** The address every following call comes from (null: a new one each call). */
export function useAddress(next: string | null) {
  address = next;
}

/**
 * next/headers' cookie store for code that sets cookies outside a request (actions called directly): one jar
 * for the test file, read back with `cookieJar`. Use with vi.mock("next/headers", () => headersMock).
 */
export const cookieJar = new Map<string, string>();
export const headersMock = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers(),
};
