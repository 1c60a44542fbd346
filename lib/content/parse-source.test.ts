import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paragraphsOf, parseSource, sentenceById, sourceText } from "./parse-source";
import type { Source } from "./schemas";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const seedsDir = path.resolve(import.meta.dirname, "../../../shared/seeds");

const SOURCES = [
  { id: "gromyko-mikoyan-1962-11-01", seed: "000_80fbc50a6b720336.txt" },
  { id: "gromyko-kuznetsov-1962-11-01", seed: "001_10870ec8dbf28cc1.txt" },
] as const;

async function loadSource(id: string): Promise<Source> {
  const file = `content/sources/${id}.md`;
  const parsed = parseSource(file, await readFile(path.join(contentDir, "sources", `${id}.md`), "utf8"));
  expect(parsed.errors).toEqual([]);
  if (!parsed.value) throw new Error(`could not parse ${file}`);
  return parsed.value;
}

/** The parts of a Wilson Center seed page we check the front matter against. */
function readSeed(text: string) {
  const section = (heading: string) => {
    const after = text.split(`**${heading}:**`)[1] ?? "";
    return (after.split(/\n\*\*[A-Z][A-Za-z ]+:\*\*/)[0] ?? "").trim();
  };
  const citationSection = section("Citation");
  return {
    contents: section("Contents"),
    citation: (citationSection.split("\n")[0] ?? "").trim(),
    url: /<(https?:[^>]+)>/.exec(citationSection)?.[1],
    title: /^"([^"]+)"/.exec(citationSection)?.[1],
    summary: section("Summary"),
    originalLanguage: section("Original Language"),
  };
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

describe.each(SOURCES)("source $id", ({ id, seed }) => {
  it("reproduces the seed's Contents text exactly, up to whitespace", async () => {
    const source = await loadSource(id);
    const seedText = readSeed(await readFile(path.join(seedsDir, seed), "utf8"));
    expect(seedText.contents.length).toBeGreaterThan(500);
    expect(collapse(sourceText(source))).toBe(collapse(seedText.contents));
  });

  it("quotes the seed's title, citation, URL, summary and language exactly", async () => {
    const { meta } = await loadSource(id);
    const seedText = readSeed(await readFile(path.join(seedsDir, seed), "utf8"));
    expect(meta.title).toBe(seedText.title);
    expect(meta.citation).toBe(seedText.citation);
    expect(meta.archiveUrl).toBe(seedText.url);
    expect(meta.summary).toBe(seedText.summary);
    expect(meta.originalLanguage).toBe(seedText.originalLanguage);
    expect(meta.date).toBe("1962-11-01");
    expect(seedText.citation).toContain(meta.copyChain);
  });
});

describe("sentence ids are stable (answers and reports point at them)", () => {
  it("splits the telegram to Mikoyan into the expected paragraphs and sentences", async () => {
    const source = await loadSource("gromyko-mikoyan-1962-11-01");
    expect(paragraphsOf(source).map((p) => p.sentences.length)).toEqual([1, 1, 3, 1, 9, 2, 2, 7, 1]);
    expect(sentenceById(source, "p2.s1")).toBe(
      "Comrade N.S. Khrushchev has entrusted me with the task of relaying the following to you:",
    );
    expect(sentenceById(source, "p3.s1")).toMatch(/^1\. We have specified here/);
    expect(sentenceById(source, "p3.s2")).toBe(
      "This must be your point of departure in your talks with U Thant, McCloy, and our Cuban friends.",
    );
    expect(sentenceById(source, "p8.s3")).toBe("We too do not believe them.");
    expect(sentenceById(source, "p9.s1")).toBe("1.XI.62 A. GROMYKO");
    expect(source.blocks[0]).toEqual({ kind: "label", text: "Translation - English" });
    expect(source.blocks.at(-1)).toMatchObject({ kind: "note", text: expect.stringMatching(/^\[Source: AVP RF;/) });
  });

  it("splits the telegram to Kuznetsov into the expected paragraphs and sentences", async () => {
    const source = await loadSource("gromyko-kuznetsov-1962-11-01");
    expect(paragraphsOf(source).map((p) => p.sentences.length)).toEqual([1, 4, 2, 1, 2, 1, 1, 1, 3, 1, 1]);
    expect(sentenceById(source, "p2.s1")).toBe("It is necessary that you meet with [U.S. negotiator John J.] McCloy.");
    expect(sentenceById(source, "p3.s2")).toBe(
      "The Cubans, and only the Cubans, can make decisions on questions of that sort.",
    );
    expect(sentenceById(source, "p9.s4")).toBeUndefined();
    expect(sentenceById(source, "p11.s1")).toBe("AG");
  });
});

describe("parseSource", () => {
  const frontMatter = [
    "---",
    "id: test-source",
    'title: "A title"',
    'date: "1962-11-01"',
    'author: "An author"',
    'authorShort: "Author"',
    "recipients: [{ name: Someone, role: Somebody }]",
    "via: Somewhere",
    "originalLanguage: Russian",
    "translator: Someone",
    "archive: { abbreviation: AVP RF, name: Archive of Foreign Policy of the Russian Federation }",
    "copyChain: a chain",
    "collection: a collection",
    'archiveUrl: "https://example.org/document/1"',
    "citation: a citation",
    "summary: a summary",
    "---",
  ].join("\n");
  const parse = (body: string) => parseSource("content/sources/test-source.md", `${frontMatter}\n${body}`);

  it("reads labels, numbered paragraphs with one sentence per line, and notes", () => {
    const parsed = parse("\n{.label}\nTranslation\n\n{#p1}\nOne.\nTwo.\n\n{#p2}\nThree.\n\n{.note}\n[Source: x]\n");
    expect(parsed.errors).toEqual([]);
    expect(parsed.value?.blocks).toEqual([
      { kind: "label", text: "Translation" },
      { kind: "paragraph", id: "p1", number: 1, sentences: [{ id: "p1.s1", text: "One." }, { id: "p1.s2", text: "Two." }] },
      { kind: "paragraph", id: "p2", number: 2, sentences: [{ id: "p2.s1", text: "Three." }] },
      { kind: "note", text: "[Source: x]" },
    ]);
  });

  it("reports a gap in paragraph numbers with its line number", () => {
    // Front matter is lines 1-17, the blank line is 18, so {#p1} is line 19 and {#p3} line 22.
    expect(parse("\n{#p1}\nOne.\n\n{#p3}\nThree.\n").errors).toEqual([
      "content/sources/test-source.md: line 22: expected paragraph {#p2}, found {#p3} (paragraphs are numbered 1, 2, 3, … without gaps)",
    ]);
  });

  it("reports unknown markers, empty blocks and markers without a blank line before them", () => {
    expect(parse("\n{#p1}\nOne.\n{#p2}\nTwo.\n\nstray text\n\n{.note}\n").errors).toEqual([
      "content/sources/test-source.md: line 21: block marker {#p2} must be preceded by a blank line",
      'content/sources/test-source.md: line 24: expected a block marker ({#pN}, {.label} or {.note}), found "stray text"',
      "content/sources/test-source.md: line 26: block {.note} has no text",
    ]);
  });

  it("reports front matter problems by field, and YAML syntax errors by line", () => {
    const badDate = parseSource("content/sources/x.md", frontMatter.replace('"1962-11-01"', '"1962-11-31"') + "\n{#p1}\nOne.\n");
    expect(badDate.errors).toEqual(['content/sources/x.md: front matter: date: "1962-11-31" is not a real calendar date']);
    // The unclosed "[" is on line 8; the parser notices at the start of line 9.
    const badYaml = parseSource("content/sources/x.md", frontMatter.replace("via: Somewhere", "via: [unclosed") + "\n{#p1}\nOne.\n");
    expect(badYaml.errors[0]).toMatch(/^content\/sources\/x\.md: YAML syntax error at line 9, column 1: Flow sequence/);
    expect(parseSource("content/sources/x.md", "{#p1}\nOne.\n").errors).toEqual([
      'content/sources/x.md: line 1: expected "---" opening the front matter',
    ]);
  });
});
