import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageIntro } from "@/components/reader/page-intro";
import { NOTICE_DAYS } from "@/lib/retention";
import { env } from "@/server/env";

export const metadata: Metadata = {
  title: "Privacy",
  description: "What Sourcework stores, why, for how long, who sees it, and how to get it or have it deleted.",
};

// Every statement here is what the code does: keep it in step with prisma/schema.prisma, server/privacy/,
// server/retention/ and lib/retention.ts when they change.
export default async function PrivacyPage() {
  // The retention periods are the running server's settings (server/env.ts), not the build machine's.
  await connection();
  const years = (days: number) => (days % 365 === 0 ? `${days / 365} year${days === 365 ? "" : "s"}` : `${days} days`);
  const inactive = years(env.RETENTION_INACTIVE_STUDENT_DAYS);
  const archived = years(env.RETENTION_ARCHIVED_CLASS_DAYS);
  return (
    <div className="max-w-prose space-y-8">
      <PageIntro eyebrow="About" title="Privacy">
        <p>What this Sourcework server stores about you, why, for how long, who can see it, and how to get it or have it deleted.</p>
      </PageIntro>

      <section aria-labelledby="what" className="space-y-2">
        <h2 id="what" className="font-serif text-2xl font-semibold">What is stored, and why</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li><strong>Your account</strong>: your name, a username (students) or email address (teachers), your password as an argon2id hash (never the password itself), your role, when the account was made and when you last signed in, started or submitted work. To sign you in and show your work as yours. Students need no email address.</li>
          <li><strong>Classes</strong>: which classes you teach or are in, and the assignments set in them. To show each person their own classes and assignments.</li>
          <li><strong>Your work</strong>: every answer as you type it (saved automatically), your attempts with their times and scores, a teacher&apos;s grades and comments, and a record of each change of grade (who, when, old and new score). So nothing you write is lost, and so you and your teacher can follow your progress.</li>
          <li><strong>Reading and practice</strong>: how far you read each assigned document and for how long, what you write in a lesson&apos;s organiser chart (your teacher sees it), and the questions you missed, queued for review. To show your progress and schedule practice.</li>
          <li><strong>Attempt counters</strong>: how many wrong passwords, wrong class codes and sign-ups came lately from an address or for an account (the account by its internal id, or a one-way hash of the name typed — never the text itself). Each counter is deleted within minutes of its window ending (windows last 10 to 60 minutes). To slow down anyone guessing passwords or codes.</li>
          <li><strong>Teacher invitations</strong>: the invited email address, who invited them, when, and a one-way hash of the link (which works once, for 7 days). Kept until the people running this server remove them.</li>
          <li><strong>Cookies</strong>: your signed-in session (and, on the sign-in form, an anti-forgery token), your time zone (so dates show in your local time), and, once you save reading settings while signed in, those settings (so each page opens in them). No advertising or tracking cookies.</li>
        </ul>
      </section>

      <section aria-labelledby="who" className="space-y-2">
        <h2 id="who" className="font-serif text-2xl font-semibold">Who sees it</h2>
        <p>A student sees their own work. The teacher of a class sees the work done in that class and the names and usernames of its students; no teacher sees another teacher&apos;s classes. The people who run this server can reach the database. Nothing is sent to anyone else: no analytics, advertising or other outside services, and no page loads anything from another site.</p>
      </section>

      <section aria-labelledby="how-long" className="space-y-2">
        <h2 id="how-long" className="font-serif text-2xl font-semibold">How long it is kept</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>A <strong>student account</strong> that has not been used for {inactive} is deleted with all its work, reading, review queue and the attempt counters that name it.</li>
          <li>A <strong>class</strong> archived for {archived} is deleted with its assignments and all the work done in them; its students&apos; accounts stay until they fall under the rule above.</li>
          <li>Teachers see on the class page, {NOTICE_DAYS} days ahead, which students and classes are about to be deleted, so they can export grades first.</li>
          <li>Each deletion leaves one line in a deletion log: what kind of thing was deleted, its internal id, why, when and how many rows went with it. No names and no work.</li>
          <li>Teacher accounts are kept until the people running this server remove them.</li>
        </ul>
      </section>

      <section aria-labelledby="rights" className="space-y-2">
        <h2 id="rights" className="font-serif text-2xl font-semibold">Getting your data, or having it deleted</h2>
        <p>Students: <Link href="/account" className="underline underline-offset-4">your account page</Link> has a download of everything stored about you, as a file you can keep. To have your account deleted at once, ask your teacher: on the class page, a teacher can delete a student&apos;s account and all their work (or, if the student is also in another teacher&apos;s class, remove them from their own class). Teachers can download their classes&apos; grades as CSV from the gradebook.</p>
      </section>
    </div>
  );
}
