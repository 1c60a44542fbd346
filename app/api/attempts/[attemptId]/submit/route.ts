import { idSchema } from "@/lib/account-schemas";
import { submitAttempt } from "@/server/attempts/submit-attempt";
import { withErrors } from "@/server/http";

/** Submits the attempt; repeating the request returns the same result and changes nothing. */
export const POST = withErrors(async (_request: Request, { params }: RouteContext<"/api/attempts/[attemptId]/submit">) => {
  const attemptId = idSchema.parse((await params).attemptId);
  const result = await submitAttempt({ attemptId });
  return Response.json({
    resultsUrl: `/assignments/${result.assignmentId}/attempts/${attemptId}/results`,
    score: result.score,
    maxScore: result.maxScore,
    awaitingGrading: result.awaitingGrading,
  });
});
