// Integration tests call server/ code as a given user. `@/auth` is mocked in each test file with
// `vi.mock("@/auth", () => authMock)`; signInAs() decides what auth() returns.
import { vi } from "vitest";

type SessionUser = { id: string; role: "TEACHER" | "STUDENT"; sessionVersion: number };

let current: { user: { id: string; role: string }; sv: number } | null = null;

export const authMock = {
  auth: vi.fn(async () => current),
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
};

export function signInAs(user: SessionUser | null) {
  current = user ? { user: { id: user.id, role: user.role }, sv: user.sessionVersion } : null;
}
