import "server-only";
import { z } from "zod";
import { retentionEnvShape } from "@/lib/retention";

// Validated once, at start-up, so a misconfigured deployment fails with a clear message instead of
// a stack trace on the first request.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
    /** The public address (scheme and host) for links people share; unset: the address each request came in on. */
    APP_URL: z
      .url("APP_URL must be an absolute URL such as https://sourcework.school.org")
      .transform((u) => new URL(u).origin)
      .optional(),
    // How long inactive student accounts and archived classes are kept (lib/retention.ts).
    ...retentionEnvShape,
    /** "1" behind a proxy that appends the client's address to X-Forwarded-For (server/auth/client-address.ts). */
    TRUST_PROXY: z.enum(["0", "1"], "TRUST_PROXY must be 1 (behind a proxy that sets X-Forwarded-For) or 0").default("0"),
    /** Who may create a teacher account: anyone, holders of an invitation, or nobody. Default below. */
    TEACHER_SIGNUP: z.enum(["open", "invite", "closed"], "TEACHER_SIGNUP must be open, invite or closed").optional(),
    /** How long a roster or reset password works if the student never signs in with it. */
    TEMPORARY_PASSWORD_DAYS: z.coerce.number("TEMPORARY_PASSWORD_DAYS must be a number of days").int("TEMPORARY_PASSWORD_DAYS must be a whole number of days").min(1).max(90).default(7),
  })
  .transform((env) => ({ ...env, TEACHER_SIGNUP: env.TEACHER_SIGNUP ?? (env.NODE_ENV === "production" ? ("invite" as const) : ("open" as const)) }))
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production: generate one with `openssl rand -base64 32`",
      });
    }
  });

// `next build` imports route modules to read their config; no database is needed or reached then.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

function readEnv() {
  const parsed = schema.safeParse(isBuild ? { DATABASE_URL: "postgresql://build.invalid/none", ...process.env, NODE_ENV: "development" } : process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
