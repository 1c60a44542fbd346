import type { Question } from "@/lib/content/schemas";

/** The options of a question as rows of a distractor table: what a student could choose, and whether it is right. */
export function optionRows(q: Question, counts: Record<string, number>): { label: string; count: number; correct: boolean }[] {
  switch (q.type) {
    case "single-choice":
      return q.choices.map((c) => ({ label: `${c.id}) ${c.text}`, count: counts[c.id] ?? 0, correct: c.id === q.answer }));
    case "multiple-select":
      return q.choices.map((c) => ({ label: `${c.id}) ${c.text}`, count: counts[c.id] ?? 0, correct: q.answer.includes(c.id) }));
    case "true-false":
      return [true, false].map((v) => ({ label: v ? "True" : "False", count: counts[String(v)] ?? 0, correct: q.answer === v }));
    case "matching":
      return q.left.flatMap((l) =>
        q.right.map((r) => ({ label: `${l.text} → ${r.text}`, count: counts[`${l.id}=${r.id}`] ?? 0, correct: q.answer[l.id] === r.id })),
      ).filter((row) => row.count > 0 || row.correct);
    default:
      return [];
  }
}
