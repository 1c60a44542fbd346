// Responses for tests: the answer key as a student would send it, and a wrong one.
import type { Question } from "@/lib/content/schemas";

export function correctResponse(q: Question): unknown {
  switch (q.type) {
    case "single-choice":
      return { choice: q.answer };
    case "multiple-select":
      return { choices: q.answer };
    case "true-false":
      return { value: q.answer };
    case "ordering":
      return { order: q.answer };
    case "matching":
      return { pairs: q.answer };
    case "short-answer":
      return { text: q.accepted[0] };
    case "evidence":
      return { sentences: [q.answer[0]] };
    case "open-response":
      return { text: "Gromyko wants the quarantine lifted quickly because the ships are costly." };
    case "argument":
      return {
        claim: "Moscow put its deal with Washington first.",
        citations: q.evidence.filter((e) => e.ref.includes(".s")).map((e) => ({ source: e.source, sentence: e.ref })),
        reasoning: "The private telegram to Mikoyan talks about costs, not Cuba's rights.",
        counter: "Kuznetsov ¶3 defends Cuban sovereignty, but that telegram was meant for McCloy.",
      };
  }
}

export function wrongResponse(q: Question): unknown {
  switch (q.type) {
    case "single-choice":
      return { choice: q.choices.find((c) => c.id !== q.answer)!.id };
    case "multiple-select":
      return { choices: q.choices.filter((c) => !q.answer.includes(c.id)).map((c) => c.id) };
    case "true-false":
      return { value: !q.answer };
    case "ordering":
      return { order: [] }; // any non-empty order earns partial credit for its longest in-order run
    case "matching":
      return { pairs: {} };
    case "short-answer":
      return { text: "no idea" };
    case "evidence":
      return { sentences: [] };
    case "open-response":
      return { text: "" };
    case "argument":
      return { claim: "", citations: [], reasoning: "", counter: "" };
  }
}
