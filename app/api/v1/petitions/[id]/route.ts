import { z } from "zod";
import { districtTallies, loadPetition } from "@/db/queries/petitions";
import { apiRoute } from "@/lib/api/route";
import { isPubliclyVisible } from "@/lib/domain/petitions/lifecycle";
import { AppError } from "@/lib/errors";
import { petitionDetailJson } from "@/lib/services/petitions/public-json";
import { idSchema } from "@/lib/validation/common";

/** GET /api/v1/petitions/<id> — one public petition with its districts, answer and hearing (no personal data). */
export const GET = apiRoute({
  audience: "anyone",
  params: z.object({ id: idSchema }),
  limit: "petitionRead",
  handle: async ({ params: { id } }, _actor, ctx) => {
    const row = await loadPetition(ctx.db, id);
    if (!row || !isPubliclyVisible(row.petition)) throw new AppError("not_found");
    const districts = await districtTallies(ctx.db, id);
    return Response.json(
      petitionDetailJson(
        row,
        districts,
        { response: ctx.settings.petitionResponseThreshold, debate: ctx.settings.petitionDebateThreshold },
        ctx.appUrl,
      ),
      { headers: { "cache-control": "public, max-age=5" } },
    );
  },
});
