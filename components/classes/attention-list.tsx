import Link from "next/link";
import { formatAbsolute } from "@/lib/dates";
import { QUIET_DAYS, type AttentionItem } from "@/lib/analytics/attention";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describe(item: AttentionItem, now: Date, timeZone: string): { href: string; text: string } {
  const klass = `/teacher/classes/${item.classId}`;
  switch (item.kind) {
    case "to-grade":
      return { href: `${klass}/grading`, text: `${plural(item.count, "answer")} to grade` };
    case "due-soon":
      return { href: `${klass}/gradebook`, text: `${item.lessonTitle}: due ${formatAbsolute(item.dueAt, now, timeZone)}, ${plural(item.count, "student")} not started` };
    case "late":
      return { href: `${klass}/gradebook`, text: `${plural(item.count, "late submission")} this week` };
    case "quiet":
      return { href: `${klass}#roster-heading`, text: `${plural(item.count, "student")} not seen for ${QUIET_DAYS} days` };
  }
}

/** The teacher's next actions, each a link straight to where it is done; nothing when all is in hand. */
export function AttentionList({ items, now, timeZone }: { items: AttentionItem[]; now: Date; timeZone: string }) {
  return (
    <section aria-labelledby="attention-heading" className="space-y-2 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
      <h2 id="attention-heading" className="text-xl font-semibold">Needs attention</h2>
      {items.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">Nothing waiting: no answers to grade, nothing due in the next two days that students have not started.</p>
      ) : (
        <ul className="space-y-1" data-testid="attention">
          {items.map((item) => {
            const { href, text } = describe(item, now, timeZone);
            return (
              <li key={`${item.kind}-${item.classId}-${item.kind === "due-soon" ? item.assignmentId : ""}`}>
                <Link href={href} className="font-medium text-[var(--color-accent)] underline underline-offset-4">{text}</Link>
                <span className="text-neutral-700 dark:text-neutral-300"> · {item.className}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
