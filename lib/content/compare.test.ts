// compare.yaml is checked like the rest of content/: each test breaks an in-memory copy and reads the message.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCompare, type Compare } from "./compare";
import { loadCompare, loadContent } from "@/server/content/load-content";
import type { Source } from "./schemas";

const MIKOYAN = "gromyko-mikoyan-1962-11-01";
const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";
const contentDir = path.resolve(import.meta.dirname, "../../content");

let sources: Source[];
let realText: string;
beforeAll(async () => {
  sources = (await loadContent(contentDir)).sources;
  realText = await readFile(path.join(contentDir, "compare.yaml"), "utf8");
});

function errorsWith(change: (data: Compare) => void): string[] {
  const data = parse(realText) as Compare;
  change(data);
  return parseCompare(stringify(data), sources).errors;
}

describe("the real compare.yaml", () => {
  it("is valid, compares the two telegrams, and quotes each of them in every shared point", async () => {
    expect(parseCompare(realText, sources).errors).toEqual([]);
    const compare = await loadCompare(sources, contentDir);
    expect(compare.sources).toEqual([MIKOYAN, KUZNETSOV]);
    for (const point of compare.points) expect(new Set(point.quotes.map((q) => q.source))).toEqual(new Set([MIKOYAN, KUZNETSOV]));
  });

  it("covers the deadline, the quarantine, monitoring and observers, and the removal of the installations", async () => {
    const compare = await loadCompare(sources, contentDir);
    expect(compare.points.map((p) => p.id)).toEqual(expect.arrayContaining(["deadline", "quarantine", "ships-and-monitoring", "removal"]));
    expect(compare.tone.notes.map((n) => n.source)).toEqual([MIKOYAN, KUZNETSOV]);
  });
});

describe("compare.yaml problems", () => {
  it("refuses a quotation that is not in the sentence it names", () => {
    expect(
      errorsWith((d) => {
        d.points[0]!.quotes[0]!.quote = "by 7 or 8 or at the latest 11 November";
      }),
    ).toEqual([`content/compare.yaml: point deadline: the quotation "by 7 or 8 or at the latest 11 November" is not in ${MIKOYAN} p3.s1`]);
  });

  it("refuses a quotation from the right words but the wrong sentence", () => {
    expect(
      errorsWith((d) => {
        d.points[0]!.quotes[0]!.ref = "p3.s2";
      }),
    ).toEqual([`content/compare.yaml: point deadline: the quotation "by 7 or 8 or at the latest 10 November" is not in ${MIKOYAN} p3.s2`]);
  });

  it("accepts a whole paragraph as the ref", () => {
    expect(
      errorsWith((d) => {
        d.points[0]!.quotes[0]!.ref = "p3";
      }),
    ).toEqual([]);
  });

  it("refuses refs and sources that do not exist", () => {
    expect(
      errorsWith((d) => {
        d.points[0]!.quotes[0]!.ref = "p3.s9";
        d.points[0]!.quotes[1]!.source = "gromyko-castro-1962-11-01";
      }),
    ).toEqual([
      `content/compare.yaml: point deadline: p3.s9 does not exist in source ${MIKOYAN}`,
      'content/compare.yaml: point deadline: source "gromyko-castro-1962-11-01" does not exist',
      `content/compare.yaml: point deadline: needs a quotation from ${KUZNETSOV}`,
    ]);
  });

  it("refuses a shared point that quotes only one telegram", () => {
    expect(
      errorsWith((d) => {
        d.points[0]!.quotes[1] = { source: MIKOYAN, ref: "p3.s1", quote: "our installations now being dismantled" };
      }),
    ).toEqual([`content/compare.yaml: point deadline: needs a quotation from ${KUZNETSOV}`]);
  });

  it("checks curly-quoted words in the prose against the telegrams", () => {
    expect(
      errorsWith((d) => {
        d.tone.notes[1]!.text = "Cuba is “a sovereign nation”.";
      }),
    ).toEqual(["content/compare.yaml: tone note 2: the quotation “a sovereign nation” is not in any source"]);
  });

  it("refuses misspelt fields and malformed refs, naming the field", () => {
    expect(
      errorsWith((d) => {
        (d.points[1] as unknown as Record<string, unknown>).sumary = "typo";
        d.points[1]!.quotes[0]!.ref = "3.2";
      }),
    ).toEqual([
      'content/compare.yaml: points.1.quotes.0.ref: must be "pN" or "pN.sM"',
      'content/compare.yaml: points.1: Unrecognized key: "sumary"',
    ]);
  });

  it("refuses duplicate point ids and the same source in both columns", () => {
    const errors = errorsWith((d) => {
      d.points[1]!.id = "deadline";
      d.sources = [MIKOYAN, MIKOYAN];
    });
    expect(errors).toContain("content/compare.yaml: sources: the two columns must show two different sources");
    expect(errors).toContain('content/compare.yaml: point deadline: duplicate point id "deadline"');
  });

  it("reports YAML syntax errors with their line", () => {
    expect(parseCompare("sources: [a, b\n", sources).errors[0]).toMatch(/^content\/compare\.yaml: YAML syntax error at line \d+/);
  });
});
