// The one-way arrows of ARCHITECTURE.md are enforced by eslint.config.mjs; this proves the rule bites,
// so a change to the config cannot silently switch it off.
import { ESLint } from "eslint";
import { expect, test } from "vitest";

const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths" || m.ruleId === "no-restricted-imports").map((m) => m.message);
}

test.each([
  ["components/auth/x.tsx", 'import { x } from "@/app/(auth)/login/page";\nexport const y = x;\n', /app\/ holds routes only/],
  ["server/classes/x.ts", 'import { x } from "@/scripts/lib/embedded-db";\nexport const y = x;\n', /never reach into tooling/],
  ["lib/x.ts", 'import { db } from "@/server/db";\nexport const y = db;\n', /lib\/ is pure/],
  ["lib/x.ts", 'import fs from "node:fs";\nexport const y = fs;\n', /lib\/ is pure/],
  ["components/x.tsx", 'import { db } from "@/server/db";\nexport const y = db;\n', /only server actions/],
  ["server/classes/x.ts", 'import { x } from "@/testing/session";\nexport const y = x;\n', /testing\/ is for tests only/],
])("%s may not import what it imports here", async (file, code, message) => {
  expect((await boundaryErrors(file, code)).join("\n")).toMatch(message);
}, 60_000);

test("the allowed direction passes", async () => {
  expect(await boundaryErrors("components/x.tsx", 'import { login } from "@/server/actions/accounts";\nexport const y = login;\n')).toEqual([]);
  expect(await boundaryErrors("server/classes/x.int.test.ts", 'import { signInAs } from "@/testing/session";\nexport const y = signInAs;\n')).toEqual([]);
}, 60_000);
