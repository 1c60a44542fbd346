import path from "node:path";
import { defineConfig } from "vitest/config";

// Two tiers by file name: *.test.ts are pure and fast; *.int.test.ts talk to a real PostgreSQL
// (DATABASE_URL, started by scripts/run-with-db.ts test).
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "testing/server-only-stub.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**", "reliability/**"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "int",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          environment: "node",
          setupFiles: ["testing/assert-local-database.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; let Vite resolve it.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
