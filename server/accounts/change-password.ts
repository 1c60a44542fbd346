import "server-only";
import { checkThrottle, minutesText, recordLoginAttempt } from "@/server/auth/throttle";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Changing your own password ends every session, this one too (the session version moves on); the action
 * signs straight back in with the new password.
 * A wrong current password counts as a failed sign-in of the account, so a borrowed session cannot be used
 * to guess it faster than the sign-in form allows.
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, email: true, username: true } });
  const account = (user.email ?? user.username ?? userId).toLowerCase();
  const throttle = await checkThrottle(account, null);
  if (throttle.throttled) {
    throw new AppError("TOO_MANY_REQUESTS", `Too many wrong passwords. Try again in ${minutesText(throttle.retryInMinutes)}.`);
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordLoginAttempt(account, null, false);
    throw new AppError("BAD_REQUEST", "Your current password is not right.");
  }
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}
