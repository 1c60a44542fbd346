import { idSchema } from "@/lib/account-schemas";
import { classActivityStamp } from "@/server/analytics/class-activity";
import { withErrors } from "@/server/http";

export const GET = withErrors(async (_request: Request, { params }: RouteContext<"/api/classes/[classId]/activity">) => {
  const classId = idSchema.parse((await params).classId);
  return Response.json({ stamp: await classActivityStamp(classId) }, { headers: { "Cache-Control": "no-store" } });
});
