import { describe, expect, it } from "vitest";
import { countBySentence, highlightedSentences, isRun, mergeRuns, runBetween } from "./runs";
import { describeRequirement, requirementOf, requirementProgress } from "./requirement";
import { describeRun, inTextOrder, marksBySentence } from "./marks";

const order = ["p1.s1", "p2.s1", "p3.s1", "p3.s2", "p3.s3", "p9.s1"];

describe("runs", () => {
  it("selects from the anchor to the focus whichever way the student extends", () => {
    expect(runBetween(order, "p3.s1", "p3.s3")).toEqual(["p3.s1", "p3.s2", "p3.s3"]);
    expect(runBetween(order, "p3.s2", "p2.s1")).toEqual(["p2.s1", "p3.s1", "p3.s2"]);
    expect(runBetween(order, "p3.s2", "p4.s1")).toEqual([]);
  });

  it("accepts only consecutive sentences in reading order (across paragraphs, as the excerpt reads)", () => {
    expect(isRun(order, ["p2.s1", "p3.s1"])).toBe(true);
    expect(isRun(order, ["p3.s1", "p3.s3"])).toBe(false);
    expect(isRun(order, ["p3.s2", "p3.s1"])).toBe(false);
    expect(isRun(order, ["p3.s1", "p3.s1"])).toBe(false);
    expect(isRun(order, [])).toBe(false);
    expect(isRun(order, ["p4.s1"])).toBe(false);
  });

  it("merges overlapping and touching runs into the stretches they cover", () => {
    expect(mergeRuns(order, [["p3.s1", "p3.s2"], ["p3.s2", "p3.s3"], ["p1.s1"]])).toEqual([["p1.s1"], ["p3.s1", "p3.s2", "p3.s3"]]);
    expect(mergeRuns(order, [["p3.s3"], ["p3.s1"]])).toEqual([["p3.s1"], ["p3.s3"]]);
  });

  it("counts a sentence once per student and skill, however many highlights cover it", () => {
    const counts = countBySentence([
      { authorId: "ana", sentenceIds: ["p3.s1", "p3.s2"], skill: "sourcing" },
      { authorId: "ana", sentenceIds: ["p3.s2"], skill: "sourcing" },
      { authorId: "ana", sentenceIds: ["p3.s2"], skill: "corroboration" },
      { authorId: "ben", sentenceIds: ["p3.s2"], skill: "sourcing" },
    ]);
    expect(Object.fromEntries(counts.get("p3.s2")!)).toEqual({ sourcing: 2, corroboration: 1 });
    expect(Object.fromEntries(counts.get("p3.s1")!)).toEqual({ sourcing: 1 });
  });

  it("keeps sentences of different documents apart", () => {
    expect(highlightedSentences([{ sourceId: "a", sentenceIds: ["p1.s1"], skill: "sourcing" }, { sourceId: "b", sentenceIds: ["p1.s1"], skill: "sourcing" }]).size).toBe(2);
  });
});

describe("the annotation requirement", () => {
  const req = requirementOf({ annotationsRequired: 3, annotationSkill: "sourcing" })!;

  it("is met by enough distinct sentences with the skill; overlaps and other skills do not count", () => {
    const a = (sentenceIds: string[], skill = "sourcing") => ({ sourceId: "s", sentenceIds, skill });
    expect(requirementProgress(req, [a(["p3.s1", "p3.s2"]), a(["p3.s2"]), a(["p3.s3"], "context")])).toEqual({ done: 2, count: 3, met: false });
    expect(requirementProgress(req, [a(["p3.s1", "p3.s2"]), a(["p3.s3"])])).toEqual({ done: 3, count: 3, met: true });
    expect(requirementProgress(req, [a(["p3.s1", "p3.s2", "p3.s3", "p9.s1"])])).toEqual({ done: 3, count: 3, met: true });
  });

  it("counts any skill when none is named, and is absent when nothing is required", () => {
    const any = requirementOf({ annotationsRequired: 1, annotationSkill: null })!;
    expect(requirementProgress(any, [{ sentenceIds: ["p1.s1"], skill: "corroboration" }]).met).toBe(true);
    expect(requirementOf({ annotationsRequired: null, annotationSkill: "sourcing" })).toBeNull();
    expect(requirementOf({ annotationsRequired: 0, annotationSkill: null })).toBeNull();
  });

  it("is described in words", () => {
    expect(describeRequirement(req)).toBe("Highlight 3 sentences that show sourcing");
    expect(describeRequirement({ count: 1, skill: null })).toBe("Highlight 1 sentence");
  });
});

describe("marks on the text", () => {
  const view = (id: string, sentenceIds: string[], skill: "sourcing" | "corroboration", model = false) => ({ id, sourceId: "s", sentenceIds, skill, note: "", seq: 1, model, reply: null, repliedAt: null });

  it("names the skill, 'several' where skills overlap, and where each highlight ends", () => {
    const marks = marksBySentence([view("a", ["p3.s1", "p3.s2"], "sourcing"), view("b", ["p3.s2"], "corroboration", true)]);
    expect(marks.get("s#p3.s1")).toMatchObject({ skill: "sourcing", modelOnly: false, endsHere: [] });
    expect(marks.get("s#p3.s2")).toMatchObject({ skill: "several", skills: ["sourcing", "corroboration"], modelOnly: false });
    expect(marks.get("s#p3.s2")!.endsHere.map((a) => a.id)).toEqual(["a", "b"]);
  });

  it("says where a run is", () => {
    expect(describeRun(["p3.s2"])).toBe("¶3, sentence 2");
    expect(describeRun(["p3.s1", "p3.s2"])).toBe("¶3, sentences 1–2");
    expect(describeRun(["p2.s1", "p3.s1"])).toBe("¶2 sentence 1 to ¶3 sentence 1");
  });

  it("lists highlights in the order of the text, whatever order they were saved in", () => {
    const a = (id: string, sourceId: string, sentenceIds: string[]) => ({ id, sourceId, sentenceIds });
    const saved = [a("x", "b-doc", ["p1.s1"]), a("y", "a-doc", ["p10.s1"]), a("z", "a-doc", ["p3.s1", "p3.s2"]), a("w", "a-doc", ["p3.s1"]), a("v", "a-doc", ["p2.s1"])];
    // ¶10 after ¶3 (numbers, not text); at the same start, the shorter run first; then the next document.
    expect(inTextOrder(saved).map((h) => h.id)).toEqual(["v", "w", "z", "y", "x"]);
    expect(inTextOrder([...saved].reverse()).map((h) => h.id)).toEqual(["v", "w", "z", "y", "x"]);
  });
});
