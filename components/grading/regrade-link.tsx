import Link from "next/link";

/** From a question in a report to throwing it out or regrading it (a dry run comes first). */
export function RegradeLink({ href, number }: { href: string; number: number }) {
  return (
    <Link href={href} className="mt-1 block text-sm text-neutral-700 underline underline-offset-2 dark:text-neutral-300">
      Throw out or regrade<span className="sr-only"> question {number}</span>
    </Link>
  );
}
