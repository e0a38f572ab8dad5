import { getDb } from "@/db/client";
import { PETITION_SORTS, type PetitionSort, listPublicPetitions } from "@/db/queries/petitions";
import { env } from "@/lib/env";
import { PETITION_STAGES, type PetitionStage } from "@/lib/domain/petitions/lifecycle";
import { apiErrorResponse } from "@/lib/services/petitions/api-errors";
import { enforcePetitionReadLimit } from "@/lib/services/petitions/api-limit";
import { petitionSummaryJson } from "@/lib/services/petitions/public-json";

const PAGE_SIZE = 50;

/** GET /api/v1/petitions?stage=open|awaiting_answer|answered|closed|rejected&sort=signatures|newest|closing&page=1 */
export async function GET(request: Request) {
  try {
    await enforcePetitionReadLimit();
    const url = new URL(request.url);
    const stageParam = url.searchParams.get("stage") ?? "open";
    const sortParam = url.searchParams.get("sort") ?? "signatures";
    const stage = ((PETITION_STAGES as readonly string[]).includes(stageParam) ? stageParam : "open") as PetitionStage;
    const sort = ((PETITION_SORTS as readonly string[]).includes(sortParam) ? sortParam : "signatures") as PetitionSort;
    const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
    const rows = await listPublicPetitions(await getDb(), {
      stage,
      sort,
      limit: PAGE_SIZE + 1,
      offset: (page - 1) * PAGE_SIZE,
    });
    const base = env().APP_URL?.replace(/\/+$/, "") ?? url.origin;
    const next =
      rows.length > PAGE_SIZE ? `${base}/api/v1/petitions?stage=${stage}&sort=${sort}&page=${page + 1}` : null;
    return Response.json(
      { stage, sort, page, next, petitions: rows.slice(0, PAGE_SIZE).map((p) => petitionSummaryJson(p, base)) },
      { headers: { "cache-control": "public, max-age=5" } },
    );
  } catch (error) {
    return apiErrorResponse(error);
  }
}
