import { exportMyData } from "@/server/privacy/export-my-data";
import { withErrors } from "@/server/http";

/** "Download my data": a JSON file of everything stored about the signed-in user. */
export const GET = withErrors(async (_request: Request) => {
  const data = await exportMyData();
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="sourcework-my-data.json"',
      "Cache-Control": "no-store",
    },
  });
});
