"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/server/auth/next-auth";
import { displayNameSchema, emailSchema, optionalEmailSchema, passwordSchema, signInSchema, usernameSchema } from "@/lib/account-schemas";
import type { FormState } from "@/lib/form-state";
import { changePassword } from "@/server/accounts/change-password";
import { signUpStudent, signUpTeacher } from "@/server/accounts/sign-up";
import { minutesText } from "@/server/auth/throttle";
import { requireUser } from "@/server/authz";
import { findClassByJoinCode, joinClass } from "@/server/classes/join-class";
import { AppError } from "@/server/errors";
import { formAction } from "@/server/safe-action";

// Only same-site paths: an attacker's link must not turn sign-in into a redirect elsewhere.
const nextPath = z
  .string()
  .optional()
  .transform((p) => (p && p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\") ? p : "/dashboard"));

async function signInOrExplain(identifier: string, password: string, redirectTo: string): Promise<FormState<never>> {
  try {
    await signIn("credentials", { identifier, password, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const minutes = /^throttled:(\d+)$/.exec(error.code)?.[1];
      if (minutes) return { status: "error", code: "TOO_MANY_REQUESTS", message: `Too many attempts, try again in ${minutesText(Number(minutes))}.` };
      return { status: "error", code: "INVALID_CREDENTIALS", message: "That email or username and password do not match." };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: "error", code: "INVALID_CREDENTIALS", message: "Could not sign in." };
}

const loginSchema = signInSchema.extend({ next: nextPath });

export const login = async (_prev: FormState<never>, formData: FormData): Promise<FormState<never>> => {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", code: "BAD_REQUEST", message: parsed.error.issues[0]?.message ?? "Invalid input." };
  return signInOrExplain(parsed.data.identifier, parsed.data.password, parsed.data.next);
};

export const signUpAsTeacher = formAction(z.object({ name: displayNameSchema, email: emailSchema, password: passwordSchema }), async (input) => {
  await signUpTeacher(input);
  await signInOrExplain(input.email, input.password, "/teacher");
});

export const signUpWithJoinCode = formAction(
  z.object({ code: z.string().max(20), name: displayNameSchema, username: usernameSchema, email: optionalEmailSchema, password: passwordSchema }),
  async (input) => {
    const klass = await findClassByJoinCode(input.code);
    if (!klass) throw new AppError("NOT_FOUND", "No open class has that code. Check it with your teacher.");
    await signUpStudent({ classId: klass.id, name: input.name, username: input.username, email: input.email, password: input.password });
    await signInOrExplain(input.username, input.password, "/dashboard?joined=1");
  },
);

export const joinWithCode = formAction(z.object({ code: z.string().max(20) }), async ({ code }) => {
  await joinClass(code);
  redirect("/dashboard?joined=1");
});

export const changeOwnPassword = formAction(
  z
    .object({ currentPassword: z.string().min(1, "Enter your current password.").max(1000), newPassword: passwordSchema, confirm: z.string() })
    .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two new passwords differ." }),
  async (input) => {
    const user = await requireUser();
    await changePassword(user.id, input);
    // The change ends every session, this one too; sign straight back in with the new password.
    await signInOrExplain(user.email ?? user.username ?? "", input.newPassword, "/account?changed=1");
  },
);

export async function logout() {
  await signOut({ redirectTo: "/" });
}
