// Properties every grader must keep, over randomly generated questions and responses:
// the score stays within [0, maxPoints], the answer key scores full points, and (multiple select)
// the order of the picks does not matter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grade, parseResponse } from "./index";
import type { Graded, GradeResult } from "./result";
import type { AnyResponse } from "./responses";
import type { Option, Question, QuestionOf } from "./types";

const base = {
  skill: "close-reading",
  prompt: "p",
  explanation: "e",
  evidence: [{ source: "s", ref: "p1" }],
} satisfies Pick<Question, "skill" | "prompt" | "explanation" | "evidence">;
const points = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.25, max: 10, noNaN: true }));
const ids = (min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { minLength: min, maxLength: max });
const mostlyFrom = (pool: string[]) => fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 3 }));
const options = (list: string[]): Option[] => list.map((id) => ({ id, text: id }));
/** Any ids at all, mostly from `pool`: responses need not be sensible, graders must still cope. */
const picks = (pool: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 4 })), { maxLength: pool.length + 3 });

type Case = { question: Question; key: AnyResponse; any: fc.Arbitrary<AnyResponse> };

const singleChoice = fc.tuple(ids(1, 6), points).chain(([c, p]) =>
  fc.constantFrom(...c).map((answer): Case => ({
    question: { ...base, id: "sc", type: "single-choice", points: p, choices: options(c), answer },
    key: { choice: answer },
    any: fc.oneof(fc.constantFrom(...c), fc.string()).map((choice) => ({ choice })),
  })),
);

const multipleSelect = fc.tuple(ids(1, 7), points).chain(([c, p]) =>
  fc.subarray(c, { minLength: 1 }).map((answer): Case => ({
    question: { ...base, id: "ms", type: "multiple-select", points: p, choices: options(c), answer },
    key: { choices: answer },
    any: picks(c).map((choices) => ({ choices })),
  })),
);

const trueFalse = fc.tuple(fc.boolean(), points).map(
  ([answer, p]): Case => ({
    question: { ...base, id: "tf", type: "true-false", points: p, answer },
    key: { value: answer },
    any: fc.boolean().map((value) => ({ value })),
  }),
);

const ordering = fc.tuple(ids(1, 8), points).chain(([items, p]) =>
  fc.shuffledSubarray(items, { minLength: items.length }).map((answer): Case => ({
    question: { ...base, id: "or", type: "ordering", points: p, items: options(items), answer },
    key: { order: answer },
    any: picks(items).map((order) => ({ order })),
  })),
);

const matching = fc.tuple(ids(1, 5), ids(1, 7), points).chain(([left, right, p]) =>
  fc.array(fc.constantFrom(...right), { minLength: left.length, maxLength: left.length }).map((targets): Case => {
    const answer = Object.fromEntries(left.map((l, i) => [l, targets[i]!]));
    return {
      question: { ...base, id: "ma", type: "matching", points: p, left: options(left), right: options(right), answer },
      key: { pairs: answer },
      any: fc.dictionary(mostlyFrom(left), mostlyFrom(right)).map((pairs) => ({ pairs })),
    };
  }),
);

const acceptedAnswers = fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ’'.-]{0,15}$/), { minLength: 1, maxLength: 3 });
const shortAnswer = fc.tuple(acceptedAnswers, points).map(
  ([accepted, p]): Case => ({
    question: { ...base, id: "sa", type: "short-answer", points: p, accepted },
    key: { text: accepted[0]! },
    any: fc.oneof(fc.constantFrom(...accepted), fc.string({ maxLength: 20 })).map((text) => ({ text })),
  }),
);

const sentence = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).map(([p, s]) => `p${p}.s${s}`);
const evidence = fc.tuple(fc.uniqueArray(sentence, { minLength: 1, maxLength: 4 }), points).map(
  ([answer, p]): Case => ({
    question: { ...base, id: "ev", type: "evidence", points: p, claim: "c", source: "s", answer },
    key: { sentences: answer },
    any: fc.array(sentence, { maxLength: 5 }).map((sentences) => ({ sentences })),
  }),
);

const gradedCases = fc.oneof(singleChoice, multipleSelect, trueFalse, ordering, matching, shortAnswer, evidence);

const asGraded = (result: GradeResult): Graded<unknown> => {
  if (result.status !== "graded") throw new Error("expected a graded result");
  return result;
};

describe("grading properties", () => {
  it("keeps every score within [0, maxPoints], rounded to 2 decimals", () => {
    fc.assert(
      fc.property(
        gradedCases.chain((c) => fc.tuple(fc.constant(c), fc.option(c.any, { nil: null }))),
        ([c, response]) => {
          const result = asGraded(grade(c.question, response));
          expect(result.maxPoints).toBe(Math.round(c.question.points * 100) / 100);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(result.maxPoints);
          expect(Math.round(result.score * 100) / 100).toBe(result.score);
          expect(result.correct).toBe(result.score === result.maxPoints);
        },
      ),
    );
  });

  it("gives the answer key full points", () => {
    fc.assert(
      fc.property(gradedCases, (c) => {
        const result = asGraded(grade(c.question, c.key));
        expect(result.score).toBe(result.maxPoints);
        expect(result.correct).toBe(true);
      }),
    );
  });

  it("scores a permutation of a multiple-select response the same", () => {
    const withResponse = multipleSelect.chain((c) =>
      (c.any as fc.Arbitrary<{ choices: string[] }>).chain((r) =>
        fc.tuple(
          fc.constant(c.question as QuestionOf<"multiple-select">),
          fc.constant(r.choices),
          fc.shuffledSubarray(r.choices, { minLength: r.choices.length }),
        ),
      ),
    );
    fc.assert(
      fc.property(withResponse, ([question, choices, shuffled]) => {
        expect(grade(question, { choices: shuffled }).status).toBe("graded");
        expect(asGraded(grade(question, { choices: shuffled })).score).toBe(asGraded(grade(question, { choices })).score);
      }),
    );
  });

  it("scores the answer key full in any order for multiple select", () => {
    fc.assert(
      fc.property(
        multipleSelect.chain((c) => {
          const q = c.question as QuestionOf<"multiple-select">;
          return fc.tuple(fc.constant(q), fc.shuffledSubarray(q.answer, { minLength: q.answer.length }));
        }),
        ([question, choices]) => {
          expect(grade(question, { choices })).toMatchObject({ correct: true });
        },
      ),
    );
  });

  it("accepts the answer key through parseResponse", () => {
    fc.assert(
      fc.property(gradedCases, (c) => {
        expect(parseResponse(c.question, c.key)).toMatchObject({ ok: true });
      }),
    );
  });

  it("never throws in parseResponse, whatever arrives, and what it accepts grades within bounds", () => {
    const fields = ["choice", "choices", "value", "order", "pairs", "text", "sentences"] as const;
    const payload = fc.oneof(
      fc.anything(),
      fc.record(Object.fromEntries(fields.map((f) => [f, fc.anything()])), { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(gradedCases, payload, (c, raw) => {
        const parsed = parseResponse(c.question, raw);
        if (!parsed.ok) {
          expect(parsed.error).toMatch(/\S/);
          return;
        }
        const result = asGraded(grade(c.question, parsed.response));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(result.maxPoints);
      }),
    );
  });
});
