import { describe, expect, it } from "vitest";
import { chooseChromium } from "./chromium";

const onDisk = (...files: string[]) => (file: string) => files.includes(file);

describe("which Chromium the browser tests use", () => {
  it("is CHROMIUM_PATH when set, before a system one", () => {
    expect(chooseChromium({ CHROMIUM_PATH: "/opt/chrome/chrome" }, onDisk("/opt/chrome/chrome", "/usr/bin/chromium"))).toEqual({ source: "CHROMIUM_PATH", path: "/opt/chrome/chrome" });
  });

  it("refuses a CHROMIUM_PATH that does not exist rather than quietly using another", () => {
    expect(() => chooseChromium({ CHROMIUM_PATH: "/nowhere/chrome" }, onDisk("/usr/bin/chromium"))).toThrow("CHROMIUM_PATH=/nowhere/chrome does not exist");
  });

  it("is the system's next, Debian's name first", () => {
    expect(chooseChromium({}, onDisk("/usr/bin/chromium", "/usr/bin/chromium-browser"))).toEqual({ source: "system", path: "/usr/bin/chromium" });
    expect(chooseChromium({}, onDisk("/usr/bin/chromium-browser"))).toEqual({ source: "system", path: "/usr/bin/chromium-browser" });
  });

  it("is the bundled one on a machine with none", () => {
    expect(chooseChromium({}, onDisk())).toEqual({ source: "bundled" });
    expect(chooseChromium({ CHROMIUM_PATH: "", SOURCEWORK_BROWSER: "" }, onDisk())).toEqual({ source: "bundled" });
  });

  it("is forced with SOURCEWORK_BROWSER, and a forced one that is missing is an error, not another browser", () => {
    expect(chooseChromium({ SOURCEWORK_BROWSER: "bundled", CHROMIUM_PATH: "/opt/chrome/chrome" }, onDisk("/opt/chrome/chrome", "/usr/bin/chromium"))).toEqual({ source: "bundled" });
    expect(chooseChromium({ SOURCEWORK_BROWSER: "system" }, onDisk("/usr/bin/chromium"))).toEqual({ source: "system", path: "/usr/bin/chromium" });
    expect(() => chooseChromium({ SOURCEWORK_BROWSER: "system" }, onDisk())).toThrow(/SOURCEWORK_BROWSER=system, but there is no system Chromium/);
    expect(() => chooseChromium({ SOURCEWORK_BROWSER: "firefox" }, onDisk("/usr/bin/chromium"))).toThrow(/SOURCEWORK_BROWSER=firefox is not known/);
  });
});
