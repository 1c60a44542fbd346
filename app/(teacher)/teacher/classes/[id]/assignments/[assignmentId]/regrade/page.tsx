import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ApplyRegradeForm } from "@/components/grading/apply-regrade-form";
import { RegradeChoice } from "@/components/grading/regrade-choice";
import { RegradeDryRun } from "@/components/grading/regrade-dry-run";
import { questionIdSchema } from "@/lib/account-schemas";
import { adjustmentKindSchema } from "@/lib/enums";
import { ADJUSTMENT_LABELS, asKeyValues, correctedKeyField } from "@/lib/grading/adjustment";
import { classPageTitle } from "@/server/classes/class-page-title";
import { getRegradePage } from "@/server/grading/get-regrade-page";
import { loadForPage } from "@/server/page-auth";

export async function generateMetadata({ params }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/regrade">): Promise<Metadata> {
  return { title: await classPageTitle((await params).id, "Throw out or regrade a question") };
}

// The choice arrives in the address (a GET form), so a dry run can be reloaded and shared; nothing is written
// until the teacher presses Apply.
const query = z.object({
  question: questionIdSchema,
  kind: adjustmentKindSchema.optional().catch(undefined),
  key: correctedKeyField.optional().catch(undefined).transform(asKeyValues),
});

export default async function RegradePage({ params, searchParams }: PageProps<"/teacher/classes/[id]/assignments/[assignmentId]/regrade">) {
  const { id, assignmentId } = await params;
  const parsed = query.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { question, kind, key } = parsed.data;
  const path = `/teacher/classes/${id}/assignments/${assignmentId}/regrade?question=${encodeURIComponent(question)}`;
  const { target, options, plan, problem } = await loadForPage(path, () => getRegradePage({ classId: id, assignmentId, questionId: question, kind, key }));
  const analysis = `/teacher/classes/${id}/assignments/${assignmentId}/analysis`;

  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <Link href={analysis} className="text-sm underline">← Item analysis: {target.lessonTitle}</Link>
        <h1 className="font-serif text-3xl font-semibold">Throw out or regrade a question</h1>
        <p className="text-lg">{target.definition.prompt}</p>
        {target.current && (
          <p className="rounded-md border border-neutral-400 p-3 text-sm dark:border-neutral-600" data-testid="current-adjustment">
            Already applied: <strong>{ADJUSTMENT_LABELS[target.current.kind].toLowerCase()}</strong>. Choosing again replaces it.
          </p>
        )}
      </div>

      <RegradeChoice question={question} kind={kind} keyChoices={key} options={options} problem={problem} />

      {plan && kind && (
        <section aria-labelledby="dry-run-heading" className="space-y-4">
          <h2 id="dry-run-heading" className="text-xl font-semibold">Dry run: {ADJUSTMENT_LABELS[kind].toLowerCase()}</h2>
          <RegradeDryRun plan={plan} />
          <ApplyRegradeForm assignmentId={assignmentId} questionId={question} kind={kind} keyChoices={key} changes={plan.changes.length} label={ADJUSTMENT_LABELS[kind]} backHref={analysis} />
        </section>
      )}
    </div>
  );
}
