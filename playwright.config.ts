import { defineConfig, devices } from "@playwright/test";
import { resolveChromium } from "./testing/chromium";

// Browser tests drive a real Chromium against a production build (`next build` first; `npm test` does it).
// Which Chromium (CHROMIUM_PATH, a system one, or the one in the npm package @sparticuz/chromium; forced with
// SOURCEWORK_BROWSER=system|bundled) and its arguments: testing/chromium.ts. e2e/global-setup.ts names it.
const browser = resolveChromium();

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: browser.launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // scripts/serve.mjs is what `npm start` runs: client addresses come from the socket (lib/client-address.ts).
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
