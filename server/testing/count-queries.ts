// Counts the statements sent to PostgreSQL while `fn` runs. Every pooled connection is a pg.Client, so
// counting Client#query calls counts round trips whatever Prisma does above it (BEGIN and COMMIT too).
import pg from "pg";
import { vi } from "vitest";

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; texts: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await fn();
    const texts = spy.mock.calls.map((c) => String(typeof c[0] === "string" ? c[0] : (c[0] as { text?: string } | undefined)?.text).slice(0, 160));
    return { result, queries: spy.mock.calls.length, texts };
  } finally {
    spy.mockRestore();
  }
}
