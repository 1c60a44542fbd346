import { describe, expect, it } from "vitest";
import { locateSentence, readAloudQueue } from "./read-aloud";

const paragraphs = [
  { number: 2, elementId: "p2", sentences: ["First.", "Second one.", "Third."] },
  { number: 3, elementId: "p3", sentences: ["Only sentence."] },
];

describe("readAloudQueue", () => {
  it("reads the whole excerpt sentence by sentence, each placed in its paragraph", () => {
    expect(readAloudQueue(paragraphs, "all").map((i) => [i.paragraph, i.sentence, i.of, i.text])).toEqual([
      [2, 1, 3, "First."],
      [2, 2, 3, "Second one."],
      [2, 3, 3, "Third."],
      [3, 1, 1, "Only sentence."],
    ]);
  });
  it("reads one paragraph, and nothing for a paragraph the excerpt does not have", () => {
    expect(readAloudQueue(paragraphs, 3).map((i) => i.text)).toEqual(["Only sentence."]);
    expect(readAloudQueue(paragraphs, 9)).toEqual([]);
  });
});

describe("locateSentence", () => {
  it("finds a sentence that spans several text nodes (a glossary term inside it)", () => {
    const pieces = ["Paragraph ", "¶", "3", "We expect the Americans to lift the ", "quarantine", " immediately.", " Next."];
    expect(locateSentence(pieces, "We expect the Americans to lift the quarantine immediately.")).toEqual({ start: [3, 0], end: [5, 13] });
  });
  it("starts in the next node when the sentence begins exactly at a node's end", () => {
    expect(locateSentence(["ab", "cd"], "cd")).toEqual({ start: [1, 0], end: [1, 2] });
    expect(locateSentence(["ab", "cd"], "ab")).toEqual({ start: [0, 0], end: [0, 2] });
  });
  it("gives up when the sentence is not there in one piece", () => {
    expect(locateSentence(["We expect ", "(definition) ", "the Americans"], "We expect the Americans")).toBeNull();
  });
});
