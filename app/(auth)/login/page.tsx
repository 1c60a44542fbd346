import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      <LoginForm next={typeof next === "string" ? next : undefined} />
      <p className="text-sm">
        Teacher without an account? <Link href="/signup" className="underline">Create one</Link>. Students join with the code or link from their teacher.
      </p>
    </div>
  );
}
