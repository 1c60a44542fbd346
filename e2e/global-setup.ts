// Once per run, before any test: start the browser the tests will use (testing/chromium.ts
// chose it, from the same config), so that a missing one fails here with what to do, and say which it is.
import { describeChromium, launchChromium } from "../testing/chromium";

export default async function globalSetup() {
  const browser = await launchChromium();
  try {
    console.log(describeChromium(browser));
  } finally {
    await browser.close();
  }
}
