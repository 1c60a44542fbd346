import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { CELL_ID, ORGANISER_CELL_MAX } from "@/lib/content/organiser";
import { saveOrganiserCell } from "@/server/organisers/save-organiser-cell";
import { parseJsonBody, withErrors } from "@/server/http";

// The quiz's save queue (lib/quiz/save-queue.ts) sends this body; for an organiser its "question" is a cell,
// its "version" the lesson and its "response" the cell's text. A flag means nothing here and is ignored.
const body = z.object({
  questionId: z.string().max(120).regex(CELL_ID, "Not a valid cell id."),
  versionId: z.string().max(120).regex(/^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$/, "Not a valid lesson id."),
  response: z.string().max(ORGANISER_CELL_MAX, `A cell holds at most ${ORGANISER_CELL_MAX} characters.`),
  flagged: z.boolean().default(false),
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
});

/** Autosave of one organiser cell (see server/organisers/save-organiser-cell.ts). */
export const PUT = withErrors(async (request: Request, { params }: RouteContext<"/api/assignments/[assignmentId]/organiser">) => {
  const assignmentId = idSchema.parse((await params).assignmentId);
  const input = await parseJsonBody(request, body);
  const { savedAt } = await saveOrganiserCell({ assignmentId, lessonId: input.versionId, cellId: input.questionId, text: input.response, seq: input.seq });
  return Response.json({ savedAt: savedAt.toISOString() }, { headers: { "Cache-Control": "no-store" } });
});
