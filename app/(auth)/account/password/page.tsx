import { redirect } from "next/navigation";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";
import { requireUserChoosingPassword } from "@/server/authz";
import { loadForPage } from "@/server/page-auth";

export const metadata = { title: "Choose your password" };

/** Where a temporary password leads, and the only page it opens (server/authz.ts). */
export default async function ChoosePasswordPage({ searchParams }: PageProps<"/account/password">) {
  const user = await loadForPage("/account/password", requireUserChoosingPassword);
  const { next } = await searchParams;
  if (!user.mustChangePassword) redirect(user.role === "TEACHER" ? "/teacher" : "/dashboard");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Choose your password</h1>
      <p className="text-neutral-700 dark:text-neutral-300">
        Welcome, {user.name}. You signed in with a temporary password from your teacher. Choose your own to continue: only you will know it.
      </p>
      <ChoosePasswordForm next={typeof next === "string" ? next : undefined} />
    </div>
  );
}
