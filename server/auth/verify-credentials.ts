import "server-only";
import { db } from "@/server/db";
import { dummyPasswordHash, verifyPassword } from "@/server/auth/passwords";
import { checkThrottle, recordLoginAttempt } from "@/server/auth/throttle";
import type { Role } from "@/lib/enums";

export type SessionUser = { id: string; name: string; email: string | null; role: Role; sessionVersion: number };
export type VerifyResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryInMinutes: number };

/** Sign-in by email or username. Unknown account and wrong password look the same, in words and in time. */
export async function verifyCredentials({ identifier, password, ip }: { identifier: string; password: string; ip: string | null }): Promise<VerifyResult> {
  const account = identifier.trim().toLowerCase();
  const throttle = await checkThrottle(account, ip);
  if (throttle.throttled) return { ok: false, reason: "throttled", retryInMinutes: throttle.retryInMinutes };

  const user = await db.user.findFirst({
    where: account.includes("@") ? { email: account } : { username: account },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  await recordLoginAttempt(account, ip, valid && !!user);
  if (!user || !valid) return { ok: false, reason: "invalid" };

  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } });
  const { passwordHash: _omit, ...sessionUser } = user;
  return { ok: true, user: sessionUser };
}
