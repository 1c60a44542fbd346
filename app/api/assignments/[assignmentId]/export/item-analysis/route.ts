import { idSchema } from "@/lib/account-schemas";
import { optionRows } from "@/lib/analytics/option-labels";
import { toCsv } from "@/lib/csv";
import { submitExpiredAttemptsOfAssignment } from "@/server/attempts/expire-attempts";
import { getItemAnalysis } from "@/server/analytics/get-item-analysis";
import { withErrors } from "@/server/http";

/** Item analysis as CSV: one row per question, then its options with counts. */
export const GET = withErrors(async (_request: Request, { params }: RouteContext<"/api/assignments/[assignmentId]/export/item-analysis">) => {
  const assignmentId = idSchema.parse((await params).assignmentId);
  await submitExpiredAttemptsOfAssignment(assignmentId);
  const { items } = await getItemAnalysis(assignmentId);
  const rows: (string | number | null)[][] = [["Question", "Prompt", "Type", "Skill", "Answered", "Facility", "Discrimination", "Option", "Chosen by", "Correct option"]];
  for (const item of items) {
    const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
    rows.push([item.number, item.definition.prompt, item.definition.type, item.definition.skill, item.n - item.blank, round(item.facility), round(item.discrimination), null, null, null]);
    for (const option of optionRows(item.definition, item.options)) rows.push([item.number, null, null, null, null, null, null, option.label, option.count, option.correct ? "yes" : "no"]);
  }
  return new Response(toCsv(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="item-analysis.csv"', "Cache-Control": "no-store" },
  });
});
