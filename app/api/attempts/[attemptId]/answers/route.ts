import { z } from "zod";
import { idSchema, questionIdSchema } from "@/lib/account-schemas";
import { saveAnswer } from "@/server/attempts/save-answer";
import { parseJsonBody, withErrors } from "@/server/http";

const body = z.object({
  questionId: questionIdSchema,
  versionId: idSchema,
  response: z.unknown(),
  flagged: z.boolean().default(false),
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
});

/** Autosave of one answer (see server/attempts/save-answer.ts). */
export const PUT = withErrors(async (request: Request, { params }: RouteContext<"/api/attempts/[attemptId]/answers">) => {
  const attemptId = idSchema.parse((await params).attemptId);
  const input = await parseJsonBody(request, body);
  const { savedAt } = await saveAnswer({ attemptId, ...input });
  return Response.json({ savedAt: savedAt.toISOString() }, { headers: { "Cache-Control": "no-store" } });
});
