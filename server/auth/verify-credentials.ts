import "server-only";
import { db } from "@/server/db";
import { dummyPasswordHash, verifyPassword } from "@/server/auth/passwords";
import { accountKey, checkThrottle, countAttempt, resetCounter, signInCounters } from "@/server/auth/throttle";
import type { Role } from "@/lib/enums";

export type SessionUser = { id: string; name: string; email: string | null; role: Role; sessionVersion: number; mustChangePassword: boolean };
export type VerifyResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" | "expired" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Sign-in by email or username. Unknown account and wrong password look the same, in words and in time.
 * Failures count per account *and* address, with looser ceilings per account and per address
 * (server/auth/throttle.ts). A temporary password past its expiry is refused, saying so only to whoever
 * typed it right.
 */
export async function verifyCredentials({ identifier, password, address, now = new Date() }: { identifier: string; password: string; address: string; now?: Date }): Promise<VerifyResult> {
  const name = identifier.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: name.includes("@") ? { email: name } : { username: name },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, passwordHash: true, mustChangePassword: true, temporaryPasswordExpiresAt: true },
  });
  const counters = signInCounters(accountKey(user?.id ?? null, name), address);
  const throttle = await checkThrottle(counters);
  if (throttle.throttled) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await countAttempt(counters);
    return { ok: false, reason: "invalid" };
  }
  const expiry = user.temporaryPasswordExpiresAt;
  if (user.mustChangePassword && expiry && expiry <= now) return { ok: false, reason: "expired" };

  await Promise.all([resetCounter(counters[0]!), db.user.update({ where: { id: user.id }, data: { lastActiveAt: now } })]);
  const { passwordHash: _hash, temporaryPasswordExpiresAt: _expiry, ...sessionUser } = user;
  return { ok: true, user: sessionUser };
}
