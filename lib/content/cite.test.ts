import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chicagoCitation, chicagoDate, documentUrl } from "./cite";
import { loadContent } from "@/server/content/load-content";
import type { Source, SourceMeta } from "./schemas";

let sources: Source[];
beforeAll(async () => {
  sources = (await loadContent(path.resolve(import.meta.dirname, "../../content"))).sources;
});

const meta = (id: string): SourceMeta => {
  const found = sources.find((s) => s.meta.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found.meta;
};

describe("chicagoDate", () => {
  it("writes month day, year without leading zeros", () => {
    expect(chicagoDate("1962-11-01")).toBe("November 1, 1962");
    expect(chicagoDate("1962-10-27")).toBe("October 27, 1962");
    expect(chicagoDate("2001-01-09")).toBe("January 9, 2001");
  });
  it("refuses what is not a date", () => {
    expect(() => chicagoDate("1 November 1962")).toThrow(/not a YYYY-MM-DD date/);
    expect(() => chicagoDate("1962-13-01")).toThrow(/not a YYYY-MM-DD date/);
  });
});

describe("chicagoCitation", () => {
  it("cites the telegram to Mikoyan exactly", () => {
    expect(chicagoCitation(meta("gromyko-mikoyan-1962-11-01"))).toBe(
      '"Telegram from USSR Foreign Minister Gromyko to Soviet Mission in New York, for A.I. Mikoyan," November 1, 1962, ' +
        "Wilson Center Digital Archive, AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive, " +
        "Washington, D.C.; translation by John Henriksen, Harvard University. https://digitalarchive.wilsoncenter.org/document/112651.",
    );
  });

  it("cites the telegram to Kuznetsov exactly", () => {
    expect(chicagoCitation(meta("gromyko-kuznetsov-1962-11-01"))).toBe(
      '"Telegram from USSR Foreign Minister A. Gromyko to Deputy Foreign Minister Kuznetsov at the Soviet Mission in New York," ' +
        "November 1, 1962, Wilson Center Digital Archive, AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National " +
        "Security Archive, Washington, D.C.; translation by John Henriksen, Harvard University. " +
        "https://digitalarchive.wilsoncenter.org/document/112650.",
    );
  });

  it("agrees with the archive's own citation except for Chicago's punctuation and the URL", () => {
    for (const source of sources) {
      const archiveStyle = source.meta.citation.replace(/",/, ',"');
      expect(chicagoCitation(source.meta)).toBe(`${archiveStyle}. ${documentUrl(source.meta)}.`);
    }
  });

  it("cites the public archive page, with the same document number as the address our copy came from", () => {
    for (const source of sources) {
      expect(source.meta.publicUrl).toMatch(/^https:\/\/digitalarchive\.wilsoncenter\.org\/document\/\d+$/);
      expect(source.meta.publicUrl?.split("/").at(-1)).toBe(source.meta.archiveUrl.split("/").at(-1));
    }
    const { publicUrl: _public, ...withoutPublic } = meta("gromyko-kuznetsov-1962-11-01");
    expect(chicagoCitation(withoutPublic).endsWith(" https://wilson-center-digital-archive.dvincitest.com/document/112650.")).toBe(true);
  });

  const base = meta;
  it("does not double a period that ends an abbreviation, nor put a comma after a title's own question mark", () => {
    const m = { ...base("gromyko-mikoyan-1962-11-01"), title: "Who Is Asking?", translator: "Jane Doe, Ph.D." };
    const cited = chicagoCitation(m);
    expect(cited.startsWith('"Who Is Asking?" November 1, 1962, ')).toBe(true);
    expect(cited).toContain("translation by Jane Doe, Ph.D. https://");
    expect(cited).not.toContain("..");
  });

  it("turns quotation marks inside the title into single ones", () => {
    const m = { ...base("gromyko-mikoyan-1962-11-01"), title: 'Note on the "so-called quarantine"' };
    expect(chicagoCitation(m).startsWith(`"Note on the 'so-called quarantine'," November 1, 1962`)).toBe(true);
  });
});
