import { publishedCheckpoints } from "@/db/queries/checkpoints";
import { apiRoute } from "@/lib/api/route";

/** GET /api/integrity/checkpoints — the signed daily checkpoints of the event logs (docs/integrity.md). */
export const GET = apiRoute({
  audience: "anyone",
  handle: async (_input, _actor, ctx) =>
    Response.json(
      { format: "docs/integrity.md", checkpoints: await publishedCheckpoints(ctx.db) },
      { headers: { "cache-control": "public, max-age=300" } },
    ),
});
