import "server-only";
import { db } from "@/server/db";

// Stored in PostgreSQL, not memory, so the limits hold across every app instance.
export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/** "1 minute", "15 minutes": how long a throttled person waits, for the messages that tell them. */
export const minutesText = (minutes: number) => `${minutes} minute${minutes === 1 ? "" : "s"}`;

export type ThrottleState = { throttled: false } | { throttled: true; retryInMinutes: number };

/** `ip` is null when the client's address cannot be trusted (see auth.ts): only the account limit applies. */
export async function checkThrottle(account: string, ip: string | null, now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  // One query for both limits; the oldest counted failure tells when the window reopens.
  const [row] = await db.$queryRaw<{ account_failures: bigint; ip_failures: bigint; account_oldest: Date | null; ip_oldest: Date | null }[]>`
    SELECT
      count(*) FILTER (WHERE account = ${account}) AS account_failures,
      count(*) FILTER (WHERE ${ip}::text IS NOT NULL AND ip = ${ip}) AS ip_failures,
      min("createdAt") FILTER (WHERE account = ${account}) AS account_oldest,
      min("createdAt") FILTER (WHERE ${ip}::text IS NOT NULL AND ip = ${ip}) AS ip_oldest
    FROM "LoginAttempt"
    WHERE NOT succeeded AND "createdAt" > ${since} AND (account = ${account} OR ip = ${ip}::text)`;
  if (!row) return { throttled: false };
  const blockedSince =
    Number(row.account_failures) >= MAX_FAILURES_PER_ACCOUNT ? row.account_oldest : Number(row.ip_failures) >= MAX_FAILURES_PER_IP ? row.ip_oldest : null;
  if (!blockedSince) return { throttled: false };
  const reopensAt = blockedSince.getTime() + WINDOW_MINUTES * 60_000;
  return { throttled: true, retryInMinutes: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000)) };
}

export async function recordLoginAttempt(account: string, ip: string | null, succeeded: boolean) {
  await db.loginAttempt.create({ data: { account, ip: ip ?? "", succeeded } });
}
