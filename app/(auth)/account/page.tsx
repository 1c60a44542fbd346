import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { buttonClass } from "@/components/ui/button-class";
import { logout } from "@/server/actions/accounts";
import { requireUser } from "@/server/authz";
import { loadForPage } from "@/server/page-auth";

export const metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const user = await loadForPage("/account", requireUser);
  const { changed } = await searchParams;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Your account</h1>
        <dl className="mt-3 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Name</dt>
          <dd>{user.name}</dd>
          {user.username && (
            <>
              <dt className="font-medium">Username</dt>
              <dd>{user.username}</dd>
            </>
          )}
          {user.email && (
            <>
              <dt className="font-medium">Email</dt>
              <dd>{user.email}</dd>
            </>
          )}
          <dt className="font-medium">Role</dt>
          <dd>{user.role === "TEACHER" ? "Teacher" : "Student"}</dd>
        </dl>
        {/* On a phone the header has no room for it: signing out is here (and in the header from 640 px). */}
        <form action={logout} className="mt-4">
          <button type="submit" className={buttonClass("secondary")}>
            Sign out
          </button>
        </form>
      </div>
      <section aria-labelledby="data-heading" className="space-y-2">
        <h2 id="data-heading" className="text-xl font-semibold">Your data</h2>
        <p className="max-w-prose text-sm">
          Sourcework keeps your name, {user.role === "STUDENT" ? "username, your answers, scores and reading progress" : "email and your classes"}. Nothing is shared with
          anyone outside your school{user.role === "STUDENT" ? "; your teacher can delete your account and work" : ""}.
        </p>
        <a href="/api/me/export" download className="inline-block rounded-md border border-neutral-400 px-4 py-2 text-sm font-medium dark:border-neutral-600">
          Download all my data (JSON)
        </a>
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">Change password</h2>
        {changed && <p role="status" className="text-sm text-green-800 dark:text-green-300">Your password was changed. Other devices have been signed out.</p>}
        <ChangePasswordForm />
      </section>
    </div>
  );
}
