import { idSchema } from "@/lib/account-schemas";
import { CELL_LABELS } from "@/lib/analytics/gradebook-cell";
import { toCsv } from "@/lib/csv";
import { getGradebookSubmittingExpired } from "@/server/analytics/get-gradebook";
import { withErrors } from "@/server/http";

/** The gradebook as CSV for spreadsheets: UTF-8 with BOM, quoted, formula-safe (lib/csv.ts). */
export const GET = withErrors(async (_request: Request, { params }: RouteContext<"/api/classes/[classId]/export/gradebook">) => {
  const classId = idSchema.parse((await params).classId);
  const { klass, assignments, rows } = await getGradebookSubmittingExpired(classId);
  const header = ["Student", "Username", ...assignments.flatMap((a) => [`${a.lesson.title} — status`, `${a.lesson.title} — score %`]), "Average %", "Accommodations"];
  const body = rows.map((r) => [
    r.student.name,
    r.student.username,
    ...assignments.flatMap((a) => {
      const cell = r.cells[a.id]!;
      return [CELL_LABELS[cell.status], cell.best === null ? null : Math.round(cell.best * 1000) / 10];
    }),
    r.average === null ? null : Math.round(r.average * 1000) / 10,
    // Last, so the columns before it keep their places for spreadsheets built on this export.
    [...r.accommodations, ...assignments.flatMap((a) => (r.cells[a.id]!.accommodated.length ? [`${a.lesson.title}: ${r.cells[a.id]!.accommodated.join(", ")}`] : []))].join("; ") || null,
  ]);
  const filename = `${klass.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "class"}-gradebook.csv`;
  return new Response(toCsv([header, ...body]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="gradebook.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
});
