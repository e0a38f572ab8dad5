import { z } from "zod";
import { getDb } from "@/db/client";
import { PETITION_SORTS, listPublicPetitions } from "@/db/queries/petitions";
import { apiRoute } from "@/lib/api/route";
import { PETITION_STAGES } from "@/lib/domain/petitions/lifecycle";
import { petitionSummaryJson } from "@/lib/services/petitions/public-json";

const PAGE_SIZE = 50;

const query = z.object({
  stage: z.enum(PETITION_STAGES, { error: "invalid" }).default("open"),
  sort: z.enum(PETITION_SORTS, { error: "invalid" }).default("signatures"),
  page: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid").max(10_000, "invalid").default(1),
});

/** GET /api/v1/petitions?stage=open|awaiting_answer|answered|closed|rejected&sort=signatures|newest|closing&page=1 */
export const GET = apiRoute({
  audience: "anyone",
  query,
  limit: "petitionRead",
  errors: ["petitions.errors"],
  handle: async ({ query: { stage, sort, page } }, _actor, ctx) => {
    const rows = await listPublicPetitions(await getDb(), {
      stage,
      sort,
      limit: PAGE_SIZE + 1,
      offset: (page - 1) * PAGE_SIZE,
    });
    const next =
      rows.length > PAGE_SIZE ? `${ctx.appUrl}/api/v1/petitions?stage=${stage}&sort=${sort}&page=${page + 1}` : null;
    return Response.json(
      { stage, sort, page, next, petitions: rows.slice(0, PAGE_SIZE).map((p) => petitionSummaryJson(p, ctx.appUrl)) },
      { headers: { "cache-control": "public, max-age=5" } },
    );
  },
});
