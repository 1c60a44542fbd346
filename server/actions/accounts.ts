"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/server/auth/next-auth";
import { displayNameSchema, emailSchema, optionalEmailSchema, passwordSchema, signInSchema, usernameSchema } from "@/lib/account-schemas";
import type { FormState } from "@/lib/form-state";
import { INVITATION_TOKEN } from "@/lib/teacher-invitation";
import { changePassword } from "@/server/accounts/change-password";
import { chooseOwnPassword } from "@/server/accounts/choose-password";
import { createTeacherInvitation } from "@/server/accounts/create-teacher-invitation";
import { signUpStudent, signUpTeacher } from "@/server/accounts/sign-up";
import { requestAddress } from "@/server/auth/client-address";
import { minutesText } from "@/server/auth/throttle";
import { requireUser } from "@/server/authz";
import { joinClass, requireClassByJoinCode } from "@/server/classes/join-class";
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
      if (error.code === "expired") return { status: "error", code: "INVALID_CREDENTIALS", message: "That temporary password has expired. Ask your teacher for a new one." };
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

const inviteToken = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.string().regex(INVITATION_TOKEN, "This invitation link is not valid. Ask for a new one.").optional());

export const signUpAsTeacher = formAction(z.object({ name: displayNameSchema, email: emailSchema, password: passwordSchema, invite: inviteToken }), async (input) => {
  await signUpTeacher(input, { address: await requestAddress() });
  await signInOrExplain(input.email, input.password, "/teacher");
});

export const signUpWithJoinCode = formAction(
  z.object({ code: z.string().max(20), name: displayNameSchema, username: usernameSchema, email: optionalEmailSchema, password: passwordSchema }),
  async (input) => {
    const address = await requestAddress();
    const klass = await requireClassByJoinCode(input.code, address);
    await signUpStudent({ classId: klass.id, name: input.name, username: input.username, email: input.email, password: input.password }, { address });
    await signInOrExplain(input.username, input.password, "/dashboard?joined=1");
  },
);

export const joinWithCode = formAction(z.object({ code: z.string().max(20) }), async ({ code }) => {
  await joinClass(code, await requestAddress());
  redirect("/dashboard?joined=1");
});

export const inviteTeacherAction = formAction(z.object({ email: emailSchema }), async ({ email }) => {
  const invitation = await createTeacherInvitation({ email });
  return { path: invitation.path, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
});

export const changeOwnPassword = formAction(
  z
    .object({ currentPassword: z.string().min(1, "Enter your current password.").max(1000), newPassword: passwordSchema, confirm: z.string() })
    .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two new passwords differ." }),
  async (input) => {
    const user = await requireUser();
    await changePassword(user.id, input, await requestAddress());
    // The change ends every session, this one too; sign straight back in with the new password.
    await signInOrExplain(user.email ?? user.username ?? "", input.newPassword, "/account?changed=1");
  },
);

/** After signing in with a temporary password: the student's own, then on to where they were going. */
export const chooseOwnPasswordAction = formAction(
  z
    .object({ newPassword: passwordSchema, confirm: z.string().max(1000), next: nextPath })
    .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two passwords differ." }),
  async (input) => {
    const user = await chooseOwnPassword(input.newPassword);
    const home = user.role === "TEACHER" ? "/teacher" : "/dashboard";
    await signInOrExplain(user.username ?? user.email ?? "", input.newPassword, input.next === "/dashboard" ? home : input.next);
  },
);

export async function logout() {
  await signOut({ redirectTo: "/" });
}
