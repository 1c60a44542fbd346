import "server-only";
import { accountKey, checkThrottle, countAttempt, signInCounters, tooManyRequests } from "@/server/auth/throttle";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Changing your own password ends every session, this one too (the session version moves on; the action
 * signs straight back in). A wrong current password counts as a failed sign-in of the account from this
 * address — the same counters as the sign-in form — so a borrowed session cannot guess it any faster.
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }, address: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const counters = signInCounters(accountKey(userId), address);
  const throttle = await checkThrottle(counters);
  if (throttle.throttled) throw tooManyRequests(throttle);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await countAttempt(counters);
    throw new AppError("BAD_REQUEST", "Your current password is not right.");
  }
  return setOwnPassword(userId, input.newPassword);
}

/** The new password, no longer temporary; every session ends. Returns the new session version. */
export async function setOwnPassword(userId: string, newPassword: string) {
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), mustChangePassword: false, temporaryPasswordExpiresAt: null, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}
