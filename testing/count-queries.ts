// Counts the statements sent to PostgreSQL while `fn` runs. Every pooled connection is a pg.Client, so
// counting Client#query calls counts round trips whatever Prisma does above it (BEGIN and COMMIT too).
import pg from "pg";
import { vi } from "vitest";

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await fn();
    return { result, queries: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}
