import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p>There is nothing here, or it is not yours to see.</p>
      <Link href="/" className="underline">Go to the home page</Link>
    </div>
  );
}
