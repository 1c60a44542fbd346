import Link from "next/link";
import { TeacherSignupForm } from "@/components/auth/teacher-signup-form";

export const metadata = { title: "Create a teacher account" };

export default function SignupPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Create a teacher account</h1>
      <p className="text-neutral-700 dark:text-neutral-300">Create classes, assign lessons and see how your students read the sources.</p>
      <TeacherSignupForm />
      <p className="text-sm">
        Already have an account? <Link href="/login" className="underline">Sign in</Link>. Students: use the join code or link from your teacher.
      </p>
    </div>
  );
}
