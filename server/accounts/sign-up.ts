import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { INVITATION_TOKEN, invitationTokenHash } from "@/lib/teacher-invitation";
import { hashPassword } from "@/server/auth/passwords";
import { signUpCounters, takeAttempt } from "@/server/auth/throttle";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

// Sign-ups cannot answer "taken" and "created" the same way (one signs you in), so every try counts against
// the address's and the site's sign-up limits (server/auth/throttle.ts): finding out which names exist is slow.

export type TeacherSignupMode = typeof env.TEACHER_SIGNUP;

const INVALID_INVITATION = "This invitation link is not valid: it may have been used already or have expired. Ask for a new one.";

/** Whether an invitation token can still be used, and for which email: what the sign-up page shows. */
export async function findUsableInvitation(token: string, now = new Date()) {
  if (!INVITATION_TOKEN.test(token)) return null;
  return db.teacherInvitation.findFirst({ where: { tokenHash: invitationTokenHash(token), usedAt: null, expiresAt: { gt: now } }, select: { email: true, expiresAt: true } });
}

/**
 * A new teacher account, as TEACHER_SIGNUP allows: anyone ("open"), the holder of an unused, unexpired
 * invitation for this email ("invite"; the invitation is used up in the same transaction), or nobody ("closed").
 */
export async function signUpTeacher(
  input: { name: string; email: string; password: string; invite?: string },
  { address, mode = env.TEACHER_SIGNUP, now = new Date() }: { address: string; mode?: TeacherSignupMode; now?: Date },
) {
  if (mode === "closed") throw new AppError("FORBIDDEN", "Teacher accounts are not open for sign-up on this site. Ask your school's administrator.");
  if (mode === "invite" && !input.invite) throw new AppError("FORBIDDEN", "Teacher accounts need an invitation on this site. Ask a colleague who teaches here for an invitation link.");
  await takeAttempt(signUpCounters(address));
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      if (mode === "invite") {
        const used = await tx.teacherInvitation.updateMany({
          where: { tokenHash: invitationTokenHash(input.invite!), usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        if (used.count !== 1) throw new AppError("FORBIDDEN", INVALID_INVITATION);
        const invitation = await tx.teacherInvitation.findUniqueOrThrow({ where: { tokenHash: invitationTokenHash(input.invite!) }, select: { email: true } });
        if (invitation.email !== input.email) throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}. Sign up with that address.`);
      }
      return tx.user.create({ data: { role: "TEACHER", name: input.name, email: input.email, passwordHash }, select: { id: true } });
    });
  } catch (error) {
    throw uniqueViolation(error, "An account with this email already exists. Sign in instead.");
  }
}

/** A student signs up through a join code: the account and the enrolment are made together or not at all. */
export async function signUpStudent(input: { classId: string; name: string; username: string; email?: string; password: string }, { address }: { address: string }) {
  await takeAttempt(signUpCounters(address));
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: {
        role: "STUDENT",
        name: input.name,
        username: input.username,
        email: input.email ?? null,
        passwordHash,
        enrollments: { create: { classId: input.classId } },
      },
      select: { id: true },
    });
  } catch (error) {
    throw uniqueViolation(error, "That username or email is taken. Choose another, or sign in.");
  }
}

export function uniqueViolation(error: unknown, message: string) {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return new AppError("CONFLICT", message);
  return error;
}
