import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { recordReading } from "@/server/assignments/record-reading";
import { parseJsonBody, withErrors } from "@/server/http";

const body = z.object({
  paragraphsReached: z.number().int().min(0).max(1000),
  // The page reports the running total; a day is more than anyone reads one telegram.
  secondsOnText: z.number().int().min(0).max(86_400),
  done: z.boolean().default(false),
});

export const POST = withErrors(async (request: Request, { params }: RouteContext<"/api/assignments/[assignmentId]/reading">) => {
  const assignmentId = idSchema.parse((await params).assignmentId);
  await recordReading({ assignmentId, ...(await parseJsonBody(request, body)) });
  return new Response(null, { status: 204 });
});
