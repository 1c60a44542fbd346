import Link from "next/link";
import { TeacherSignupForm } from "@/components/auth/teacher-signup-form";
import { findUsableInvitation } from "@/server/accounts/sign-up";
import { env } from "@/server/env";

export const metadata = { title: "Create a teacher account" };

// TEACHER_SIGNUP decides who sees the form: anyone ("open"), holders of a valid invitation ("invite"), nobody
// ("closed"). The action checks the same again (server/accounts/sign-up.ts); this page only explains.
export default async function SignupPage({ searchParams }: PageProps<"/signup">) {
  const { invite } = await searchParams;
  const token = typeof invite === "string" ? invite : undefined;
  const invitation = env.TEACHER_SIGNUP === "invite" && token ? await findUsableInvitation(token) : null;
  const open = env.TEACHER_SIGNUP === "open" || invitation !== null;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Create a teacher account</h1>
      {open ? (
        <>
          <p className="text-neutral-700 dark:text-neutral-300">Create classes, assign lessons and see how your students read the sources.</p>
          <TeacherSignupForm invitation={invitation && token ? { token, email: invitation.email } : undefined} />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {env.TEACHER_SIGNUP === "closed"
            ? "Teacher accounts are not open for sign-up on this site. Ask your school's administrator."
            : token
              ? "This invitation link is not valid: it may have been used already or have expired. Ask for a new one."
              : "Teacher accounts need an invitation on this site. Ask a colleague who teaches here for an invitation link."}
        </p>
      )}
      <p className="text-sm">
        Already have an account? <Link href="/login" className="underline">Sign in</Link>. Students: use the join code or link from your teacher.
      </p>
    </div>
  );
}
