import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";

export const metadata = { title: "Sign in" };

// Prerendered: the same for everyone (the ?next= address is read by the form in the browser).
export default function LoginPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      <LoginForm />
      <p className="text-sm">
        Teacher without an account? <Link href="/signup" className="underline">Create one</Link>. Students join with the code or link from their teacher.
      </p>
    </div>
  );
}
