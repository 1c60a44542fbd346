import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:reliability`: the app as deployed (`next start` on the production build) against real,
// throwaway PostgreSQL servers, under faults and load. Each file starts its own servers, so files run one
// after another; each test bounds its own loops, and afterAll stops every process and deletes every database.
const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.resolve(root, "testing/server-only-stub.ts") } },
  test: {
    include: ["reliability/**/*.reliability.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    globalSetup: ["reliability/global-setup.ts"],
    // The unit project's `**/*.test.ts` also matches these files: they run only under this config.
    env: { SOURCEWORK_RELIABILITY: "1" },
    testTimeout: 240_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
