// `npm run lighthouse -- [base URL]`: Lighthouse (pinned devDependency) against the public pages of a running
// production server (default http://127.0.0.1:3000; e.g. `npm start` first), in the Chromium the e2e tests
// use (testing/chromium.ts), emulating a 390 × 844 phone without network or CPU throttling (the machine is
// shared; the figures asked for do not depend on speed). Fails unless every page scores best-practices 100
// and home and reader keep their layout still (CLS < 0.01). Prints each failing audit.
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { resolveChromium } from "../testing/chromium";
import { PUBLIC_PAGES } from "../testing/public-pages";
import { freePort } from "./lib/embedded-db";

const CLS_PAGES = new Set(["/", "/lessons/02-mikoyan-close-reading"]);

async function main() {
  const base = process.argv[2] ?? "http://127.0.0.1:3000";
  const port = await freePort();
  const resolved = resolveChromium();
  const browser = await chromium.launch({ ...resolved.launchOptions, args: [...(resolved.launchOptions.args ?? []), `--remote-debugging-port=${port}`] });
  let failed = false;
  try {
    for (const page of PUBLIC_PAGES) {
      const result = await lighthouse(`${base}${page}`, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["best-practices", "performance", "accessibility"],
        formFactor: "mobile",
        screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
        throttlingMethod: "provided",
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { categories, audits } = result.lhr;
      const bestPractices = categories["best-practices"]?.score ?? 0;
      const cls = Number(audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN);
      const ok = bestPractices === 1 && (!CLS_PAGES.has(page) || cls < 0.01);
      failed ||= !ok;
      console.log(
        `${ok ? "✓" : "✗"} ${page}: best-practices ${Math.round(bestPractices * 100)}, accessibility ${Math.round((categories.accessibility?.score ?? 0) * 100)}, performance ${Math.round((categories.performance?.score ?? 0) * 100)}, CLS ${cls.toFixed(3)}`,
      );
      for (const ref of categories["best-practices"]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    best-practices: ${audit.id} — ${audit.title}`);
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
