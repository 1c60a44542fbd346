import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The house's one-way arrows (ARCHITECTURE.md): app → components → server/actions → server/<domain> → Prisma,
// with lib/ pure and callable from anywhere. Each zone names who may not import from where.
const ONE_WAY = [
  { target: ["./components", "./server", "./lib", "./prisma", "./testing"], from: "./app", message: "app/ holds routes only; nothing imports from it." },
  { target: ["./server", "./lib"], from: ["./scripts", "./bench", "./e2e", "./reliability"], message: "server/ and lib/ never reach into tooling (tests go through testing/)." },
  { target: "./lib", from: ["./server", "./components", "./prisma"], message: "lib/ is pure: it calls nothing with I/O." },
  { target: "./components", from: "./server", except: ["./actions"], message: "Components import only server actions from server/; pages pass them data." },
  { target: "./prisma", from: ["./server", "./scripts"], message: "prisma/ (seed, factories) stands below server/ and scripts/." },
];
// Production code does not import test helpers either; tests beside it do.
const NOT_TESTS = { target: ["./server", "./lib", "./components", "./prisma"], from: "./testing", message: "testing/ is for tests only." };
const TESTS = ["**/*.test.ts", "**/*.int.test.ts"];

// lib/ is pure: no file system, network, database or request state (its tests may read content files).
const NO_IO = ["fs", "node:fs", "fs/promises", "node:fs/promises", "node:child_process", "child_process", "node:net", "pg", "next/headers", "server-only"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Destructuring a field away to omit it (`const { secret: _secret, ...rest } = row`) is intended.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "import/no-restricted-paths": ["error", { zones: [...ONE_WAY, NOT_TESTS] }],
    },
  },
  { files: TESTS, rules: { "import/no-restricted-paths": ["error", { zones: ONE_WAY.filter((zone) => zone.target !== "./lib" || zone.from === "./app") }] } },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: NO_IO.map((name) => ({ name, message: "lib/ is pure: I/O belongs in server/." })), patterns: [{ group: ["@/generated/*", "@prisma/*"], message: "lib/ is pure: the database belongs in server/." }] }],
    },
  },
  { ignores: ["node_modules/**", ".next/**", ".data/**", "generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
