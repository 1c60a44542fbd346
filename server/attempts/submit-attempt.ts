import "server-only";
import { requireStudent } from "@/server/authz";
import { finalizeAttempt, type SubmitResult } from "@/server/attempts/finalize-attempt";

export type { SubmitResult };

/** The student submits their own attempt. Submitting again (double click, two tabs, a retry) returns the same result. */
export async function submitAttempt({ attemptId }: { attemptId: string }): Promise<SubmitResult> {
  const student = await requireStudent();
  return finalizeAttempt({ attemptId, studentId: student.id });
}
