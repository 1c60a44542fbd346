import { ChangePasswordForm } from "@/components/auth/change-password-form";
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
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">Change password</h2>
        {changed && <p role="status" className="text-sm text-green-800 dark:text-green-300">Your password was changed. Other devices have been signed out.</p>}
        <ChangePasswordForm />
      </section>
    </div>
  );
}
