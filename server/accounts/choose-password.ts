import "server-only";
import { setOwnPassword } from "@/server/accounts/change-password";
import { verifyPassword } from "@/server/auth/passwords";
import { requireUserChoosingPassword } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * The first thing a student signed in with a temporary password does, and the only one allowed: choose
 * their own. Typing the temporary one just now proved who they are, so it is not asked again; it may not
 * be chosen as the new one (the teacher knows it).
 */
export async function chooseOwnPassword(newPassword: string) {
  const user = await requireUserChoosingPassword();
  if (!user.mustChangePassword) throw new AppError("CONFLICT", "Your password is already your own. Change it from your account page.");
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (await verifyPassword(passwordHash, newPassword)) throw new AppError("BAD_REQUEST", "Choose a password other than the temporary one your teacher gave you.");
  await setOwnPassword(user.id, newPassword);
  return user;
}
