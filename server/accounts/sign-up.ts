import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/server/auth/passwords";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export async function signUpTeacher(input: { name: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { role: "TEACHER", name: input.name, email: input.email, passwordHash }, select: { id: true } });
  } catch (error) {
    throw uniqueViolation(error, "An account with this email already exists. Sign in instead.");
  }
}

/** A student signs up through a join code: the account and the enrolment are made together or not at all. */
export async function signUpStudent(input: { classId: string; name: string; username: string; email?: string; password: string }) {
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
