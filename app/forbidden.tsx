import Link from "next/link";

export const metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="font-serif text-3xl font-semibold">You do not have access to this page</h1>
      <p>This page belongs to another kind of account. If you think you should see it, sign in with the right account.</p>
      <Link href="/" className="underline">Go to the home page</Link>
    </div>
  );
}
