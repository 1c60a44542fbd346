// The adapted versions: the real files are valid and cover every sentence the lessons show; a mapping to a
// sentence that does not exist, outside its paragraph, or an original sentence left out is an author's error.
import path from "node:path";
import { parse, stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContentFiles } from "@/server/content/load-content";
import { adaptedChosen, originalIdsOf } from "./adapted";
import { paragraphsOf } from "./parse-source";
import { validateContent, type ContentFile } from "./validate";

const MIKOYAN = "gromyko-mikoyan-1962-11-01";
const FILE = `content/adapted/${MIKOYAN}.yaml`;

type AdaptedData = { source: string; paragraphs: { paragraph: string; sentences: { text: string; from: string[] }[] }[] };

let realFiles: ContentFile[];
beforeAll(async () => {
  realFiles = await loadContentFiles(path.resolve(import.meta.dirname, "../../content"));
});

function withAdapted(change: (data: AdaptedData) => void): ContentFile[] {
  return realFiles.map((f) => {
    if (f.path !== FILE) return f;
    const data = parse(f.text) as AdaptedData;
    change(data);
    return { path: f.path, text: stringify(data) };
  });
}

const paragraph = (data: AdaptedData, id: string) => data.paragraphs.find((p) => p.paragraph === id)!;

describe("the real adapted versions", () => {
  it("are valid and travel with their sources", () => {
    const { errors, content } = validateContent(realFiles);
    expect(errors).toEqual([]);
    for (const source of content.sources) expect(source.adapted?.length, source.meta.id).toBeGreaterThan(0);
  });

  it("render every sentence of every paragraph a lesson shows, sentence by sentence", () => {
    const { content } = validateContent(realFiles);
    for (const lesson of content.lessons) {
      for (const excerpt of lesson.excerpts) {
        const source = content.sources.find((s) => s.meta.id === excerpt.source)!;
        const covered = new Set(source.adapted!.flatMap((p) => p.sentences.flatMap((s) => s.from)));
        const shown = paragraphsOf(source).filter((p) => excerpt.paragraphs.includes(p.id)).flatMap((p) => p.sentences.map((s) => s.id));
        expect(shown.filter((id) => !covered.has(id)), `${lesson.id} ${excerpt.source}`).toEqual([]);
      }
    }
  });

  it("use shorter sentences than the originals (about grade 6–7: none over 25 words)", () => {
    const { content } = validateContent(realFiles);
    const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
    for (const source of content.sources) {
      for (const s of source.adapted!.flatMap((p) => p.sentences)) expect(words(s.text), `${source.meta.id} ${s.id}`).toBeLessThanOrEqual(25);
    }
  });
});

describe("content:check refuses", () => {
  it("an adapted sentence mapped to a sentence id that does not exist", () => {
    const files = withAdapted((d) => (paragraph(d, "p5").sentences[0]!.from = ["p5.s42"]));
    expect(validateContent(files).errors).toContain(`${FILE}: p5 sentence 1 maps to "p5.s42", which does not exist in source ${MIKOYAN}`);
  });

  it("an adapted sentence mapped outside its paragraph", () => {
    const files = withAdapted((d) => paragraph(d, "p5").sentences[0]!.from.push("p6.s1"));
    expect(validateContent(files).errors).toContain(`${FILE}: p5 sentence 1 maps to "p6.s1", outside its paragraph`);
  });

  it("an original sentence left out", () => {
    const files = withAdapted((d) => {
      const p5 = paragraph(d, "p5");
      p5.sentences = p5.sentences.filter((s) => !s.from.includes("p5.s4"));
    });
    expect(validateContent(files).errors).toContain(`${FILE}: original sentence p5.s4 is left out (lesson 02-mikoyan-close-reading shows p5)`);
  });

  it("a source a lesson shows without an adapted version", () => {
    const files = realFiles.filter((f) => f.path !== FILE);
    expect(validateContent(files).errors).toContain(`${FILE}: file is missing (lesson 01-sourcing-mikoyan shows an excerpt of ${MIKOYAN}, so it needs an adapted version)`);
  });
});

describe("an answer chosen on the adapted text", () => {
  const adapted = [
    { id: "p5", sentences: [{ id: "p5.a1", text: "A.", from: ["p5.s1"] }, { id: "p5.a2", text: "B.", from: ["p5.s2"] }, { id: "p5.a3", text: "C.", from: ["p5.s2", "p5.s3"] }] },
  ];
  const order = ["p5.s1", "p5.s2", "p5.s3"];

  it("stands for the original sentences it renders, once each, in the original's order", () => {
    expect(originalIdsOf(adapted, ["p5.a3", "p5.a2"], order)).toEqual(["p5.s2", "p5.s3"]);
    expect(originalIdsOf(adapted, ["p5.a1"], order)).toEqual(["p5.s1"]);
  });

  it("shows as chosen when all the originals it renders are chosen", () => {
    expect(adaptedChosen(adapted[0]!.sentences[2]!, ["p5.s2"])).toBe(false);
    expect(adaptedChosen(adapted[0]!.sentences[2]!, ["p5.s2", "p5.s3"])).toBe(true);
  });
});
