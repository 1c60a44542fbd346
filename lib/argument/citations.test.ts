import { describe, expect, it } from "vitest";
import { citationsInContext, mostCited, telegramName } from "./citations";

const sources = [
  {
    id: "gromyko-mikoyan-1962-11-01",
    name: "Telegram to Mikoyan",
    paragraphs: [{ id: "p6", number: 6, sentences: [{ id: "p6.s1", text: "We will have to recall the ships." }, { id: "p6.s2", text: "For at present we are suffering unjustified expenses." }] }],
  },
];

describe("citationsInContext", () => {
  it("quotes the sentence, names where it is, links to it and keeps its paragraph for context", () => {
    expect(citationsInContext([{ source: "gromyko-mikoyan-1962-11-01", sentence: "p6.s2" }], sources)).toEqual([
      {
        source: "gromyko-mikoyan-1962-11-01",
        sentence: "p6.s2",
        sourceName: "Telegram to Mikoyan",
        label: "¶6, sentence 2",
        text: "For at present we are suffering unjustified expenses.",
        href: "/sources/gromyko-mikoyan-1962-11-01#gromyko-mikoyan-1962-11-01-p6-s2",
        context: [
          { id: "p6.s1", text: "We will have to recall the ships." },
          { id: "p6.s2", text: "For at present we are suffering unjustified expenses." },
        ],
      },
    ]);
  });

  it("a sentence the text no longer has shows as missing, never a crash", () => {
    const [gone] = citationsInContext([{ source: "gromyko-kuznetsov-1962-11-01", sentence: "p99.s1" }, { source: "x", sentence: "nonsense" }], sources);
    expect(gone).toMatchObject({ sourceName: "Telegram to Kuznetsov", text: null, context: [] });
    expect(citationsInContext([{ source: "x", sentence: "nonsense" }], sources)[0]!.href).toBe("/sources/x");
  });

  it("names the telegrams as students know them", () => {
    expect(telegramName("gromyko-kuznetsov-1962-11-01")).toBe("Telegram to Kuznetsov");
    expect(telegramName("other", "Other title")).toBe("Other title");
  });
});

describe("mostCited", () => {
  const m = (sentence: string) => ({ source: "m", sentence });
  const k = (sentence: string) => ({ source: "k", sentence });

  it("counts students, not clicks, most-cited first, ties in document order", () => {
    const answers = [[m("p6.s1"), m("p6.s1"), k("p3.s2")], [k("p3.s2"), m("p10.s1")], [m("p8.s4"), k("p3.s2")], [m("p6.s1")]];
    expect(mostCited(answers)).toEqual([
      { source: "k", sentence: "p3.s2", count: 3 },
      { source: "m", sentence: "p6.s1", count: 2 },
      { source: "m", sentence: "p8.s4", count: 1 },
      { source: "m", sentence: "p10.s1", count: 1 },
    ]);
    expect(mostCited(answers, 1)).toHaveLength(1);
    expect(mostCited([])).toEqual([]);
  });
});
