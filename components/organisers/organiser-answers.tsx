import { cellId, ORGANISER_KIND_LABELS, type Organiser } from "@/lib/content/organiser";

/** A student's filled-in organiser as the teacher reads it: the chart as a table, empty cells marked. */
export function OrganiserAnswers({ organiser, cells, updated }: { organiser: Organiser; cells: Record<string, string>; updated: React.ReactNode }) {
  const filled = Object.values(cells).filter((t) => t.trim()).length;
  const total = organiser.rows.length * organiser.columns.length;
  return (
    <section aria-label={`Organiser: ${organiser.title}`} className="space-y-2 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700" data-testid="organiser-answers">
      <h3 className="text-lg font-semibold">
        {organiser.title} <span className="text-sm font-normal">({ORGANISER_KIND_LABELS[organiser.kind]})</span>
      </h3>
      <p className="text-sm">
        {filled} of {total} cells filled{filled > 0 && <> · last change {updated}</>}
      </p>
      {filled > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${organiser.title}, the student's chart`}>
          <table className="min-w-[40rem] border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="border border-neutral-300 p-2 text-left dark:border-neutral-700">
                  <span className="sr-only">Row</span>
                </th>
                {organiser.columns.map((column) => (
                  <th key={column.id} scope="col" className="border border-neutral-300 p-2 text-left align-bottom dark:border-neutral-700">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {organiser.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="border border-neutral-300 p-2 text-left align-top font-semibold dark:border-neutral-700">
                    {row.label}
                  </th>
                  {organiser.columns.map((column) => {
                    const text = cells[cellId(row.id, column.id)]?.trim();
                    return (
                      <td key={column.id} className="whitespace-pre-wrap border border-neutral-300 p-2 align-top dark:border-neutral-700">
                        {text || <span className="italic text-neutral-700 dark:text-neutral-300">empty</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
