import { describe, expect, it } from "vitest";
import { paragraphAnchor, paragraphOf, refAnchor, refLabel, sentenceAnchor, sourceHref } from "./anchors";

const ID = "gromyko-mikoyan-1962-11-01";

describe("anchors", () => {
  it("prefix the source id and turn the sentence dot into a dash", () => {
    expect(paragraphAnchor(ID, "p3")).toBe(`${ID}-p3`);
    expect(sentenceAnchor(ID, "p3.s2")).toBe(`${ID}-p3-s2`);
    expect(refAnchor(ID, "p10")).toBe(`${ID}-p10`);
    expect(refAnchor(ID, "p10.s1")).toBe(`${ID}-p10-s1`);
  });

  it("are valid CSS identifiers without escaping", () => {
    expect(sentenceAnchor(ID, "p3.s2")).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it("link to the source page", () => {
    expect(sourceHref(ID)).toBe(`/sources/${ID}`);
    expect(sourceHref(ID, "p5.s4")).toBe(`/sources/${ID}#${ID}-p5-s4`);
  });

  it("refuse ids that are not paragraph or sentence ids", () => {
    expect(() => sentenceAnchor(ID, "p3")).toThrow(/not a sentence id/);
    expect(() => paragraphAnchor(ID, "p3.s1")).toThrow(/not a paragraph id/);
    expect(() => refLabel("3")).toThrow();
  });

  it("name refs for readers", () => {
    expect(refLabel("p3")).toBe("¶3");
    expect(refLabel("p3.s2")).toBe("¶3, sentence 2");
    expect(paragraphOf("p3.s2")).toBe("p3");
  });
});
