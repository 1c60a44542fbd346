import { z } from "zod";
import { NUL_MESSAGE } from "@/lib/nul-character";

// Shared by the forms (for hints) and the server actions (for validation).
export const passwordSchema = z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");
export const displayNameSchema = z.string().trim().min(1, "Enter a name.").max(80, "Use at most 80 characters.");
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(32, "Use at most 32 characters.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use letters, digits, dots, dashes or underscores.");
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));
export const optionalEmailSchema = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(emailSchema.optional());
export const classNameSchema = z.string().trim().min(1, "Enter a class name.").max(100, "Use at most 100 characters.");
/** A database row's id (cuid) as it arrives in a form or URL. */
export const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");
/** A question's stable id: "<lesson id>/q<number>", as content/ defines it, or a teacher's own, "teacher-<uuid>". */
export const questionIdSchema = z.string().trim().max(120).regex(/^(?:[a-z0-9-]+\/q[0-9]+|teacher-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, "Not a valid question id.");

/**
 * What a sign-in carries, checked twice: by the form's action (for its messages) and by Auth.js's
 * authorize(), which anyone can post to directly. A NUL would otherwise reach the throttle's SQL and fail there.
 */
export const signInSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, "Enter your email or username.")
    .max(254, "Use at most 254 characters.")
    .refine((s) => !s.includes("\u0000"), `Your email or username ${NUL_MESSAGE}`),
  password: z.string().min(1, "Enter your password.").max(1000, "Use at most 1000 characters."),
});
