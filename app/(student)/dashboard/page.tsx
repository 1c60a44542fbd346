import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/authz";
import { listStudentClasses } from "@/server/classes/list-student-classes";
import { loadForPage } from "@/server/page-auth";

export const metadata = { title: "Your work" };

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  if ((await getCurrentUser())?.role === "TEACHER") redirect("/teacher");
  const { student, classes } = await loadForPage("/dashboard", listStudentClasses);
  const { joined } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Hello, {student.name}</h1>
      {joined && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100">You joined the class.</p>}
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading" className="text-xl font-semibold">Your classes</h2>
        {classes.length === 0 ? (
          <p className="mt-2">You are not in a class yet. <Link href="/join" className="underline">Join one with a code</Link>.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {classes.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span> <span className="text-neutral-600 dark:text-neutral-400">with {c.teacher.name}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
