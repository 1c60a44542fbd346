import { idSchema } from "@/lib/account-schemas";
import { submitExpiredAttemptsInClass } from "@/server/attempts/expire-attempts";
import { classActivityStamp } from "@/server/analytics/class-activity";
import { withErrors } from "@/server/http";

export const GET = withErrors(async (_request: Request, { params }: RouteContext<"/api/classes/[classId]/activity">) => {
  const classId = idSchema.parse((await params).classId);
  // Attempts that run out while a teacher watches are turned in here, so the live page shows them submitted.
  await submitExpiredAttemptsInClass(classId);
  return Response.json({ stamp: await classActivityStamp(classId) }, { headers: { "Cache-Control": "no-store" } });
});
