// Checks an argument task beyond its shape: its documents exist, the rubric's scale is one a teacher can
// apply (four levels per criterion, highest first, distinct points) and adds up to the task's points, and the
// model evidence (shown to the teacher) draws on every document the student is asked to use.
import { rubricMaxPoints } from "@/lib/grading/argument";
import type { QuestionOf } from "./schemas";
import type { SourceIndex } from "./validate-quiz";

export function argumentProblems(question: QuestionOf<"argument">, sources: SourceIndex): string[] {
  const problems: string[] = [];
  for (const source of question.sources) if (!sources.has(source)) problems.push(`source "${source}" does not exist`);
  const repeated = question.sources.filter((s, i) => question.sources.indexOf(s) !== i);
  for (const source of new Set(repeated)) problems.push(`source "${source}" is listed more than once`);

  const ids = question.rubric.map((c) => c.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`rubric criterion "${id}" is used more than once`);
  for (const criterion of question.rubric) {
    const points = criterion.levels.map((l) => l.points);
    if (!points.every((p, i) => i === 0 || p < (points[i - 1] ?? Infinity))) {
      problems.push(`rubric criterion "${criterion.id}" must list its levels with points in descending order (got ${points.join(", ")})`);
    }
  }
  const total = rubricMaxPoints(question.rubric);
  if (total !== question.points) problems.push(`rubric criteria add up to ${total} points but the question is worth ${question.points}`);

  const cited = new Set(question.evidence.map((e) => e.source));
  for (const source of question.sources) if (!cited.has(source)) problems.push(`evidence cites nothing from "${source}", one of the documents the argument draws on`);
  for (const ref of question.evidence) if (!question.sources.includes(ref.source)) problems.push(`evidence "${ref.source}" is not one of the argument's sources`);
  return problems;
}
