import { z } from "zod";
import { idSchema, questionIdSchema } from "@/lib/account-schemas";
import { checkAnswer } from "@/server/attempts/check-answer";
import { parseJsonBody, withErrors } from "@/server/http";

/** Feedback on one answer during the quiz, when the assignment reveals answers after each question. */
export const POST = withErrors(async (request: Request, { params }: RouteContext<"/api/attempts/[attemptId]/check">) => {
  const attemptId = idSchema.parse((await params).attemptId);
  const { questionId } = await parseJsonBody(request, z.object({ questionId: questionIdSchema }));
  return Response.json(await checkAnswer({ attemptId, questionId }));
});
