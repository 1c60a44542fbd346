// Integration tests call server/ code as a given user. `@/auth` is mocked in each test file with
// `vi.mock("@/auth", async () => (await import("@/server/testing/session")).authMock)`.
// signInAs() sets who is asking for the rest of the test; runAs() scopes it to one call, so many
// simulated students can act concurrently.
import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";

type SessionUser = { id: string; role: "TEACHER" | "STUDENT"; sessionVersion: number };
type Session = { user: { id: string; role: string }; sv: number } | null;

let current: Session = null;
const scoped = new AsyncLocalStorage<Session>();

const toSession = (user: SessionUser | null): Session => (user ? { user: { id: user.id, role: user.role }, sv: user.sessionVersion } : null);

const active = (): Session => (scoped.getStore() !== undefined ? scoped.getStore()! : current);

export const authMock = {
  auth: vi.fn(async () => active()),
  sessionToken: vi.fn(async () => {
    const session = active();
    return session ? { sub: session.user.id, role: session.user.role, sv: session.sv } : null;
  }),
  signIn: vi.fn(),
  signOut: vi.fn(),
  // The Auth.js route handler, present so that route sweeps see its methods; tests never call it.
  handlers: { GET: vi.fn(), POST: vi.fn() },
};

export function signInAs(user: SessionUser | null) {
  current = toSession(user);
}

export function runAs<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run(toSession(user), fn);
}
