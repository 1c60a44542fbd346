import { describe, expect, test } from "vitest";
import { questionIdSchema } from "@/lib/account-schemas";
import { Question } from "@/lib/content/schemas";
import type { SourceIndex } from "@/lib/content/validate-quiz";
import { checkDraft, draftToQuestion, emptyDraft, questionToDraft, textIds, type AuthoredType, type QuestionDraft } from "./question-draft";

const K = "gromyko-kuznetsov-1962-11-01";
// The ids of the Kuznetsov telegram's ¶2–¶3 (a slice of the real document is enough for the key checks).
const sources: SourceIndex = new Map([[K, { paragraphs: new Set(["p2", "p3"]), sentences: new Set(["p2.s1", "p2.s2", "p2.s3", "p2.s4", "p3.s1", "p3.s2"]) }]]);

const base = (type: AuthoredType, patch: Partial<QuestionDraft> = {}): QuestionDraft => ({
  ...emptyDraft(type, K),
  prompt: "Who decides whether observers may enter Cuba, according to Moscow's account?",
  explanation: "¶3 says the Cubans, and only the Cubans, decide.",
  sentences: ["p3.s1", "p3.s2"],
  ...patch,
});

const valid: Record<AuthoredType, QuestionDraft> = {
  "single-choice": base("single-choice", { choices: [{ text: "Cuba" }, { text: "The USSR" }, { text: "The United Nations" }], correct: [0] }),
  "multiple-select": base("multiple-select", { choices: [{ text: "Cuba" }, { text: "Sovereignty" }, { text: "The Red Cross" }], correct: [0, 1] }),
  "true-false": base("true-false", { trueFalse: "false" }),
  ordering: base("ordering", { items: [{ text: "Meet McCloy" }, { text: "Report the Red Cross offer" }, { text: "Load the ships" }] }),
  matching: base("matching", { pairs: [{ left: "Kuznetsov", right: "Meets McCloy" }, { left: "Cuba", right: "Decides on observers" }] }),
  "short-answer": base("short-answer", { accepted: "Cuba\nthe Cubans\n" }),
  evidence: base("evidence", { claim: "Moscow leaves inspection to Cuba.", sentences: ["p3.s2"] }),
  "open-response": base("open-response", { rubric: [{ points: "2", description: "Cites ¶3 and explains" }, { points: "1", description: "Cites ¶3" }, { points: "0", description: "No evidence" }], sampleAnswer: "Cuba decides (¶3)." }),
};

describe("a filled-in form becomes a question the content schema accepts", () => {
  test.each(Object.entries(valid))("%s", (type, draft) => {
    const checked = checkDraft(draft, sources);
    expect(checked).toMatchObject({ ok: true });
    if (!checked.ok) return;
    expect(checked.question.type).toBe(type);
    expect(Question.parse(checked.question)).toEqual(checked.question);
    expect(checked.question.evidence.every((e) => e.source === K)).toBe(true);
  });

  test("each kind's key is what the teacher marked", () => {
    expect(draftToQuestion(valid["single-choice"])).toMatchObject({ choices: [{ id: "a", text: "Cuba" }, { id: "b" }, { id: "c" }], answer: "a" });
    expect(draftToQuestion(valid["multiple-select"])).toMatchObject({ answer: ["a", "b"] });
    expect(draftToQuestion(valid["true-false"])).toMatchObject({ answer: false });
    expect(draftToQuestion(valid["short-answer"])).toMatchObject({ accepted: ["Cuba", "the Cubans"] });
    expect(draftToQuestion(valid.evidence)).toMatchObject({ source: K, answer: ["p3.s2"], evidence: [{ source: K, ref: "p3.s2" }] });
    // An open response is worth its rubric's top level.
    expect(draftToQuestion(valid["open-response"])).toMatchObject({ points: 2 });
  });

  test("blank rows are dropped and the right choice keeps its letter after them", () => {
    const draft = base("single-choice", { choices: [{ text: "" }, { text: "Cuba" }, { text: "  " }, { text: "The USSR" }], correct: [3] });
    expect(draftToQuestion(draft)).toMatchObject({ choices: [{ id: "a", text: "Cuba" }, { id: "b", text: "The USSR" }], answer: "b" });
  });

  test("ordering and matching ids come from the text, so they do not give the order away", () => {
    const ordering = draftToQuestion(valid.ordering) as { items: { id: string }[]; answer: string[] };
    expect(ordering.items.map((i) => i.id)).toEqual(["item-meet-mccloy", "item-report-the-red-cross-off", "item-load-the-ships"]);
    expect(ordering.answer).toEqual(ordering.items.map((i) => i.id));
    expect(textIds(["Cuba", "Cuba", "Куба"], "x")).toEqual(["x-cuba", "x-cuba-2", expect.stringMatching(/^x-[a-z0-9]+$/)]);
  });
});

describe("problems are reported beside the field they belong to", () => {
  test("empty prompt, no sentences, no right choice", () => {
    const checked = checkDraft({ ...valid["single-choice"], prompt: " ", sentences: [], correct: [] }, sources);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.prompt).toMatch(/empty/);
    // The shape check stops at the first layer, as content:check does; the key is checked once the shape is right.
    const next = checkDraft({ ...valid["single-choice"], correct: [] }, sources);
    expect(next.ok ? {} : next.errors).toHaveProperty("correct");
  });

  test("a sentence that is not in the document", () => {
    const checked = checkDraft({ ...valid.evidence, sentences: ["p9.s9"] }, sources);
    expect(checked.ok ? {} : checked.errors).toEqual({ sentences: expect.stringMatching(/does not exist/) });
  });

  test("points, the true/false key, fewer than two pairs, a rubric out of order", () => {
    const errorsOf = (draft: QuestionDraft) => {
      const c = checkDraft(draft, sources);
      return c.ok ? {} : c.errors;
    };
    expect(errorsOf({ ...valid["short-answer"], points: "0" })).toHaveProperty("points");
    expect(errorsOf({ ...valid["true-false"], trueFalse: "" })).toHaveProperty("trueFalse");
    expect(errorsOf({ ...valid.matching, pairs: [{ left: "Cuba", right: "Decides" }] })).toHaveProperty("pairs");
    expect(errorsOf({ ...valid["open-response"], rubric: [{ points: "0", description: "None" }, { points: "2", description: "All" }] })).toHaveProperty("rubric");
    expect(errorsOf({ ...valid["short-answer"], accepted: "\n \n" })).toHaveProperty("accepted");
  });
});

test("a stored question comes back into the form unchanged", () => {
  for (const draft of Object.values(valid)) {
    const checked = checkDraft(draft, sources);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const again = checkDraft(questionToDraft(checked.question), sources);
    expect(again).toEqual(checked);
  }
});

test("a teacher's question id passes the id check every answer, check and grade goes through", () => {
  expect(questionIdSchema.safeParse(`teacher-${crypto.randomUUID()}`).success).toBe(true);
  expect(questionIdSchema.safeParse("02-mikoyan-close-reading/q07").success).toBe(true);
  expect(questionIdSchema.safeParse("teacher-../../etc").success).toBe(false);
});
