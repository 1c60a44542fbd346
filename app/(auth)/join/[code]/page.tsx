import Link from "next/link";
import { JoinButton } from "@/components/auth/join-button";
import { StudentSignupForm } from "@/components/auth/student-signup-form";
import { requestAddress } from "@/server/auth/client-address";
import { getCurrentUser } from "@/server/authz";
import { lookUpJoinCode } from "@/server/classes/join-class";

export const metadata = { title: "Join a class" };

export default async function JoinPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  const [lookup, user] = await Promise.all([lookUpJoinCode(decodeURIComponent(code), await requestAddress()), getCurrentUser()]);

  // Wrong codes are counted per address (server/auth/throttle.ts); once throttled, no code is looked up.
  if (lookup.status === "throttled") {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="font-serif text-3xl font-semibold">Too many codes tried</h1>
        <p role="alert">{lookup.message}</p>
        <p>If your teacher gave you a link, use it exactly as it is once the wait is over.</p>
      </div>
    );
  }
  if (lookup.status === "unknown") {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="font-serif text-3xl font-semibold">No class with that code</h1>
        <p>The code may be mistyped, or your teacher may have changed it. Check it and try again.</p>
        <Link href="/join" className="underline">Enter a code</Link>
      </div>
    );
  }

  const klass = lookup.klass;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <p className="text-sm uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Join a class</p>
        <h1 className="font-serif text-3xl font-semibold">{klass.name}</h1>
        <p className="text-neutral-700 dark:text-neutral-300">with {klass.teacher.name}</p>
      </div>
      {user?.role === "STUDENT" && <JoinButton code={code} className={klass.name} />}
      {user?.role === "TEACHER" && <p>You are signed in as a teacher. Students join with this link from their own accounts.</p>}
      {!user && (
        <>
          <StudentSignupForm code={code} />
          <p className="text-sm">
            Already have an account?{" "}
            <Link href={`/login?next=${encodeURIComponent(`/join/${code}`)}`} className="underline">
              Sign in to join
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
