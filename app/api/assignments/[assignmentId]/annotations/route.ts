import { idSchema } from "@/lib/account-schemas";
import { annotationChangeSchema } from "@/lib/annotations/change";
import { saveAnnotation } from "@/server/annotations/save-annotation";
import { parseJsonBody, withErrors } from "@/server/http";

/** Saves one change to a highlight (see server/annotations/save-annotation.ts): a student's own, or a teacher's model one. */
export const PUT = withErrors(async (request: Request, { params }: RouteContext<"/api/assignments/[assignmentId]/annotations">) => {
  const assignmentId = idSchema.parse((await params).assignmentId);
  const change = await parseJsonBody(request, annotationChangeSchema);
  const { savedAt } = await saveAnnotation({ assignmentId, ...change });
  return Response.json({ savedAt: savedAt.toISOString() }, { headers: { "Cache-Control": "no-store" } });
});
