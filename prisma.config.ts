import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI would download a native schema engine; we ship a bridge to Prisma's WebAssembly build instead,
// so every `prisma migrate …` works offline (see scripts/schema-engine.mjs).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "schema-engine.mjs");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  datasource: {
    // `prisma generate` needs no database; every other command is run with DATABASE_URL set
    // (scripts/run-with-db.ts starts the embedded server when it is not).
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/sourcework",
  },
});
