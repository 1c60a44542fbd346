// Shared example questions for the grading tests (not imported by app code).
import type { Question, QuestionOf } from "./types";

const base = {
  skill: "close-reading",
  prompt: "…",
  explanation: "…",
  evidence: [{ source: "telegram-to-mikoyan", ref: "p3" }],
} satisfies Pick<Question, "skill" | "prompt" | "explanation" | "evidence">;

export const singleChoice: QuestionOf<"single-choice"> = {
  ...base,
  id: "q01",
  type: "single-choice",
  points: 1,
  choices: [
    { id: "a", text: "Mikoyan" },
    { id: "b", text: "Kuznetsov" },
    { id: "c", text: "McCloy" },
  ],
  answer: "a",
};

export const multipleSelect: QuestionOf<"multiple-select"> = {
  ...base,
  id: "q02",
  type: "multiple-select",
  points: 3,
  choices: [
    { id: "a", text: "the quarantine" },
    { id: "b", text: "perishable cargo" },
    { id: "c", text: "the weather" },
    { id: "d", text: "costs" },
    { id: "e", text: "the Olympics" },
  ],
  answer: ["a", "b", "d"],
};

export const trueFalse: QuestionOf<"true-false"> = { ...base, id: "q03", type: "true-false", points: 1, answer: false };

export const ordering: QuestionOf<"ordering"> = {
  ...base,
  id: "q04",
  type: "ordering",
  points: 4,
  items: [
    { id: "u2", text: "U-2 photographs (14 Oct)" },
    { id: "speech", text: "Kennedy's address (22 Oct)" },
    { id: "quarantine", text: "Quarantine begins (24 Oct)" },
    { id: "telegrams", text: "The telegrams (1 Nov)" },
  ],
  answer: ["u2", "speech", "quarantine", "telegrams"],
};

export const matching: QuestionOf<"matching"> = {
  ...base,
  id: "q05",
  type: "matching",
  points: 3,
  left: [
    { id: "mikoyan", text: "Mikoyan" },
    { id: "kuznetsov", text: "Kuznetsov" },
    { id: "mccloy", text: "McCloy" },
  ],
  right: [
    { id: "r1", text: "Soviet First Deputy Premier" },
    { id: "r2", text: "Soviet First Deputy Foreign Minister" },
    { id: "r3", text: "US negotiator at the UN" },
    { id: "r4", text: "Secretary-General of the UN" },
  ],
  answer: { mikoyan: "r1", kuznetsov: "r2", mccloy: "r3" },
};

export const shortAnswer: QuestionOf<"short-answer"> = {
  ...base,
  id: "q06",
  type: "short-answer",
  points: 2,
  accepted: ["International Red Cross", "the Red Cross", "ICRC"],
};

export const evidence: QuestionOf<"evidence"> = {
  ...base,
  id: "q07",
  type: "evidence",
  points: 2,
  claim: "The missiles had done their job.",
  source: "telegram-to-mikoyan",
  within: ["p3", "p4"],
  answer: ["p3.s2", "p4.s1"],
};

export const openResponse: QuestionOf<"open-response"> = {
  ...base,
  id: "q08",
  type: "open-response",
  points: 4,
  rubric: [
    { points: 4, description: "Compares both audiences with evidence from each telegram" },
    { points: 2, description: "Describes one telegram's audience" },
  ],
  sampleAnswer: "…",
};

const levels = (what: string) =>
  [3, 2, 1, 0].map((points) => ({ points, description: `${what} at ${points}`, exemplar: `An example of ${what} at ${points}` }));

export const argument: QuestionOf<"argument"> = {
  ...base,
  id: "q09",
  type: "argument",
  points: 12,
  sources: ["telegram-to-mikoyan", "telegram-to-kuznetsov"],
  rubric: [
    { id: "claim", title: "Claim", levels: levels("claim") },
    { id: "evidence", title: "Evidence from both documents", levels: levels("evidence") },
    { id: "sourcing", title: "Sourcing and context", levels: levels("sourcing") },
    { id: "counter", title: "Counter-argument", levels: levels("counter") },
  ],
};
