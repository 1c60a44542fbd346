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
  })
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
