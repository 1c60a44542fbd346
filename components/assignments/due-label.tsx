import { formatDue, type DueStatus } from "@/lib/dates";

const STATUS_TEXT: Record<DueStatus, string | null> = { upcoming: null, "due-soon": "Due soon", late: "Turned in late", missing: "Missing", done: null };
const STATUS_CLASS: Record<DueStatus, string> = {
  upcoming: "",
  "due-soon": "border-amber-600 text-amber-900 dark:text-amber-200",
  late: "border-amber-600 text-amber-900 dark:text-amber-200",
  missing: "border-red-700 text-red-800 dark:text-red-300",
  done: "",
};

/** "Due in 2 days · Tue 24 Nov, 17:00", in the viewer's time zone, with a worded (not colour-only) flag. */
export function DueLabel({ dueAt, status, now, timeZone }: { dueAt: Date; status: DueStatus; now: Date; timeZone: string }) {
  const { relative, absolute } = formatDue(dueAt, now, timeZone);
  const flag = STATUS_TEXT[status];
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span>
        Due {relative} · <time dateTime={dueAt.toISOString()}>{absolute}</time>
      </span>
      {flag && <span className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${STATUS_CLASS[status]}`}>{flag}</span>}
    </span>
  );
}
