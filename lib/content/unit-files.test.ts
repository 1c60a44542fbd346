// The unit's framing files checked against the real content, and each rule shown to bite on a mutated copy.
import path from "node:path";
import { parse, stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContentFiles } from "@/server/content/load-content";
import { cellIds } from "./organiser";
import type { Content } from "./schemas";
import { STANDARDS } from "./standards";
import { validateUnitFiles, UNIT_PATH } from "./unit-files";
import { validateContent, type ContentFile } from "./validate";

const ROOT = path.resolve(import.meta.dirname, "../../content");
const ORGANISER_2 = "content/lessons/02-mikoyan-close-reading/organiser.yaml";
const GUIDE_4 = "content/lessons/04-corroboration/guide.yaml";

let content: Content;
let files: ContentFile[];
beforeAll(async () => {
  content = validateContent(await loadContentFiles(ROOT)).content;
  files = await loadContentFiles(ROOT, { unitFiles: true });
});

function withYaml(file: string, change: (data: Record<string, unknown>) => void): ContentFile[] {
  expect(files.some((f) => f.path === file)).toBe(true);
  return files.map((f) => {
    if (f.path !== file) return f;
    const data = parse(f.text) as Record<string, unknown>;
    change(data);
    return { path: f.path, text: stringify(data) };
  });
}
const errorsOf = (changed: ContentFile[]) => validateUnitFiles(changed, content).errors;

describe("the unit files as written", () => {
  it("pass, with the central question, a head note per document, and an organiser and a guide for every lesson", () => {
    const { value, errors } = validateUnitFiles(files, content);
    expect(errors).toEqual([]);
    expect(value?.unit.centralQuestion).toBe("On 1 November 1962, did Moscow stand by Cuba or trade it for a deal with Washington?");
    expect(value?.unit.headNotes.map((n) => n.source).sort()).toEqual(content.sources.map((s) => s.meta.id).sort());
    for (const lesson of content.lessons.filter((l) => l.position <= 5)) {
      expect(value?.organisers[lesson.id], lesson.id).toBeDefined();
      expect(value?.guides[lesson.id], lesson.id).toBeDefined();
    }
  });

  it("name the four organisers the unit is built on, and every standard the unit promises", () => {
    const { value } = validateUnitFiles(files, content);
    const kinds = Object.values(value?.organisers ?? {}).map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(["sourcing-chart", "arguments-sorted", "offers-demands-refusals", "audience-and-tone"]));
    const cited = new Set(Object.values(value?.guides ?? {}).flatMap((g) => g.standards));
    expect([...cited].sort()).toEqual(Object.keys(STANDARDS).sort());
    const misconceptions = Object.values(value?.guides ?? {}).flatMap((g) => g.misconceptions.map((m) => m.misconception)).join(" ");
    expect(misconceptions).toMatch(/ended on 28 October/);
    expect(misconceptions).toMatch(/blockade/);
  });

  it("give every cell of an organiser its own id", () => {
    const { value } = validateUnitFiles(files, content);
    for (const organiser of Object.values(value?.organisers ?? {})) {
      const ids = cellIds(organiser);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("the rules bite", () => {
  it("a missing unit file", () => {
    expect(errorsOf(files.filter((f) => f.path !== UNIT_PATH))).toEqual([`${UNIT_PATH}: file is missing`]);
  });

  it("a source without a head note, and a vocabulary word the glossary lacks", () => {
    const changed = withYaml(UNIT_PATH, (unit) => {
      unit.headNotes = (unit.headNotes as { source: string }[]).slice(0, 1);
      unit.vocabulary = ["quarantine", "missile-gap"];
    });
    expect(errorsOf(changed)).toEqual([
      `${UNIT_PATH}: vocabulary: "missile-gap" is not a glossary term`,
      `${UNIT_PATH}: head notes: source "gromyko-kuznetsov-1962-11-01" has none`,
    ]);
  });

  it("a misquotation in a head note", () => {
    const changed = withYaml(UNIT_PATH, (unit) => {
      (unit.headNotes as { who: string }[])[0]!.who = "Gromyko, who says Khrushchev “has ordered me to tell you”.";
    });
    expect(errorsOf(changed)).toEqual([`${UNIT_PATH}: the quotation “has ordered me to tell you” is not in any source`]);
  });

  it("an organiser row pointing at a paragraph the lesson does not show, a repeated column, a misspelt field", () => {
    const changed = withYaml(ORGANISER_2, (organiser) => {
      const rows = organiser.rows as { refs?: { source: string; ref: string }[] }[];
      rows[0]!.refs = [{ source: "gromyko-mikoyan-1962-11-01", ref: "p2" }];
      const columns = organiser.columns as { id: string }[];
      columns[1]!.id = columns[0]!.id;
    });
    expect(errorsOf(changed)).toEqual([
      `${ORGANISER_2}: duplicate column id "words"`,
      `${ORGANISER_2}: row quarantine: gromyko-mikoyan-1962-11-01 p2 is not in the lesson's excerpts`,
    ]);
    expect(errorsOf(withYaml(ORGANISER_2, (o) => void (o.colums = [])))).toEqual([`${ORGANISER_2}: Unrecognized key: "colums"`]);
  });

  it("a guide whose timing does not fill the period, notes on a question the quiz lacks, an unknown standard", () => {
    const changed = withYaml(GUIDE_4, (guide) => {
      guide.periodMinutes = 55;
      guide.keyNotes = { q99: "A note." };
    });
    expect(errorsOf(changed)).toEqual([
      `${GUIDE_4}: timing: the steps add up to 50 minutes, not the period's 55`,
      `${GUIDE_4}: keyNotes: question q99 is not in the lesson's quiz`,
    ]);
    const unknown = errorsOf(withYaml(GUIDE_4, (g) => void (g.standards = ["CCSS.ELA-LITERACY.RH.11-12.1"])));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^content\/lessons\/04-corroboration\/guide.yaml: standards.0: /);
  });

  it("an organiser for a lesson that does not exist", () => {
    const stray = { path: "content/lessons/09-nothing/organiser.yaml", text: "kind: context-chart\n" };
    expect(errorsOf([...files, stray])).toEqual(['content/lessons/09-nothing/organiser.yaml: lesson "09-nothing" does not exist']);
  });
});
