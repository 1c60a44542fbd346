import "server-only";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Changing your own password keeps this session but ends every other one (the session version moves on). */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError("BAD_REQUEST", "Your current password is not right.");
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}
