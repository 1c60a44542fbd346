import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { markGlossaryTerms, markGlossaryText, type GlossaryMatcher, type Segment } from "./glossary-marks";
import { loadContent } from "@/server/content/load-content";
import type { Content } from "./schemas";

const marked = (segments: Segment[]) => segments.filter((s) => s.termId).map((s) => `${s.termId}:${s.text}`);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join("");

const terms: GlossaryMatcher[] = [
  { id: "quarantine", aliases: ["quarantine", "so-called quarantine"] },
  { id: "cuba", aliases: ["Cuba", "Republic of Cuba"] },
  { id: "dismantling", aliases: ["dismantled", "dismantling"] },
  { id: "installations", aliases: ["installations", "dismantled installations"] },
  { id: "kennedy", aliases: ["the President"] },
  { id: "gromyko", aliases: ["AG", "A. GROMYKO", "Gromyko"] },
];

describe("markGlossaryText", () => {
  it("finds aliases and gives the text back unchanged", () => {
    const text = "Emphasize the speedy lifting of the quarantine around Cuba.";
    const segments = markGlossaryText(text, terms);
    expect(marked(segments)).toEqual(["quarantine:quarantine", "cuba:Cuba"]);
    expect(joined(segments)).toBe(text);
  });

  it("prefers the longest alias and never marks inside a mark", () => {
    expect(marked(markGlossaryText("a speedy lifting of the so-called quarantine that", terms))).toEqual(["quarantine:so-called quarantine"]);
    expect(marked(markGlossaryText("the removal of the dismantled installations from Cuba", terms))).toEqual([
      "installations:dismantled installations",
      "cuba:Cuba",
    ]);
    expect(marked(markGlossaryText("sovereignty of the Republic of Cuba", terms))).toEqual(["cuba:Republic of Cuba"]);
  });

  it("matches whole words only", () => {
    expect(marked(markGlossaryText("The Cubans, and only the Cubans, can decide.", terms))).toEqual([]);
    expect(marked(markGlossaryText("Cuba's ports", terms))).toEqual(["cuba:Cuba"]);
    expect(marked(markGlossaryText("the Presidential palace", terms))).toEqual([]);
  });

  it("ignores case for ordinary words, keeping the text's own capitals", () => {
    expect(marked(markGlossaryText("The President of the USA spoke. QUARANTINE lifted.", terms))).toEqual([
      "kennedy:The President",
      "quarantine:QUARANTINE",
    ]);
  });

  it("matches all-capital abbreviations and signatures exactly", () => {
    expect(marked(markGlossaryText("1.XI.62 A. GROMYKO", terms))).toEqual(["gromyko:A. GROMYKO"]);
    expect(marked(markGlossaryText("AG", terms))).toEqual(["gromyko:AG"]);
    expect(marked(markGlossaryText("the ag sector; Ag is silver", terms))).toEqual([]);
  });

  it("marks every occurrence unless asked for the first only", () => {
    const text = "Cuba needs goods. Cuba is not concealing these losses.";
    expect(marked(markGlossaryText(text, terms))).toEqual(["cuba:Cuba", "cuba:Cuba"]);
    expect(marked(markGlossaryText(text, terms, { firstOnly: true }))).toEqual(["cuba:Cuba"]);
  });

  it("returns one plain segment when nothing matches, even for empty text", () => {
    expect(markGlossaryText("No terms here.", terms)).toEqual([{ text: "No terms here." }]);
    expect(markGlossaryText("", terms)).toEqual([{ text: "" }]);
  });

  it("does not depend on the order of the glossary", () => {
    const text = "the so-called quarantine of the Republic of Cuba";
    expect(markGlossaryText(text, [...terms].reverse())).toEqual(markGlossaryText(text, terms));
  });
});

describe("markGlossaryTerms over several texts", () => {
  it("with firstOnly, counts occurrences across the texts in order", () => {
    const result = markGlossaryTerms(["Cuba is far.", "Cuba and the quarantine.", "The quarantine."], terms, { firstOnly: true });
    expect(result.map(marked)).toEqual([["cuba:Cuba"], ["quarantine:quarantine"], []]);
  });
});

describe("the real telegrams", () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  });

  it("finds every glossary term that has aliases in the telegrams' text or closing notes, and changes no text", () => {
    const found = new Set<string>();
    for (const source of content.sources) {
      const texts = source.blocks.flatMap((b) => (b.kind === "paragraph" ? b.sentences.map((s) => s.text) : b.kind === "note" ? [b.text] : []));
      const segments = markGlossaryTerms(texts, content.glossary);
      segments.forEach((segs, i) => expect(joined(segs)).toBe(texts[i]));
      for (const segment of segments.flat()) if (segment.termId) found.add(segment.termId);
    }
    const missing = content.glossary.filter((t) => t.aliases.length > 0 && !found.has(t.id)).map((t) => t.id);
    // Mikoyan, Kuznetsov and the Soviet Mission are named only in the documents' titles; "USSR" occurs only
    // inside the longer alias "Chair of the Council of Ministers of the USSR" (Khrushchev), which wins.
    expect(missing).toEqual(["mikoyan", "kuznetsov", "ussr", "soviet-mission-new-york"]);
  });
});
