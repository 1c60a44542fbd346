// A lesson's graphic organiser (content/lessons/<slug>/organiser.yaml): a chart of rows × columns that the
// student fills in while reading, as Reading Like a Historian's sourcing charts do. Each cell is one text
// answer, saved on its own (cell id "<row>:<column>"), so the chart autosaves like a quiz's answers.
import { z } from "zod";
import { EvidenceRef, type Lesson } from "./schemas";

export const ORGANISER_KINDS = ["sourcing-chart", "arguments-sorted", "offers-demands-refusals", "audience-and-tone", "context-chart"] as const;
export const ORGANISER_KIND_LABELS: Record<(typeof ORGANISER_KINDS)[number], string> = {
  "sourcing-chart": "Sourcing chart",
  "arguments-sorted": "Arguments sorted",
  "offers-demands-refusals": "Offers, demands and refusals",
  "audience-and-tone": "Audience and tone",
  "context-chart": "Context chart",
};
/** Long enough for a paragraph of reasoning in one cell; a cap so one cell cannot fill the database. */
export const ORGANISER_CELL_MAX = 2000;

const text = z.string().trim().min(1, "must not be empty");
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

export const OrganiserColumn = z.strictObject({ id: kebabId, label: text, hint: text.optional() });
export const OrganiserRow = z.strictObject({
  id: kebabId,
  label: text,
  /** What to look for in this row, shown under its label. */
  prompt: text.optional(),
  /** The paragraphs the row is about; each must be one the lesson shows. */
  refs: z.array(EvidenceRef).optional(),
});
export const Organiser = z.strictObject({
  kind: z.enum(ORGANISER_KINDS),
  title: text,
  instructions: text,
  columns: z.array(OrganiserColumn).min(1).max(4, "at most 4 columns (the chart must fit a phone as a list)"),
  rows: z.array(OrganiserRow).min(1).max(12),
});
export type Organiser = z.infer<typeof Organiser>;

export const cellId = (rowId: string, columnId: string) => `${rowId}:${columnId}`;
export const CELL_ID = /^[a-z0-9]+(-[a-z0-9]+)*:[a-z0-9]+(-[a-z0-9]+)*$/;

export function cellIds(organiser: Organiser): string[] {
  return organiser.rows.flatMap((row) => organiser.columns.map((column) => cellId(row.id, column.id)));
}

/** Problems a schema cannot see: repeated ids, and refs to paragraphs the lesson does not show. */
export function organiserProblems(organiser: Organiser, lesson: Pick<Lesson, "excerpts">): string[] {
  const problems: string[] = [];
  for (const [kind, ids] of [["column", organiser.columns.map((c) => c.id)], ["row", organiser.rows.map((r) => r.id)]] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${kind} id "${id}"`);
      seen.add(id);
    }
  }
  for (const row of organiser.rows) {
    for (const ref of row.refs ?? []) {
      const paragraph = ref.ref.split(".")[0];
      const shown = lesson.excerpts.some((e) => e.source === ref.source && e.paragraphs.includes(paragraph ?? ""));
      if (!shown) problems.push(`row ${row.id}: ${ref.source} ${ref.ref} is not in the lesson's excerpts`);
    }
  }
  return problems;
}
