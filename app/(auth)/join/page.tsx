import { redirect } from "next/navigation";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { normalizeJoinCode } from "@/lib/join-code";

export const metadata = { title: "Join a class" };

export default async function JoinWithCodePage({ searchParams }: PageProps<"/join">) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code : "";
  const normalized = normalizeJoinCode(typed);
  if (normalized) redirect(`/join/${normalized}`);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Join a class</h1>
      <form method="get" className="space-y-4">
        <Field label="Class code" name="code" defaultValue={typed} required autoCapitalize="characters" spellCheck={false} hint="6 to 8 letters and digits, from your teacher." errors={typed ? ["That is not a class code. Check it with your teacher."] : undefined} />
        <button type="submit" className={buttonClass()}>Continue</button>
      </form>
    </div>
  );
}
