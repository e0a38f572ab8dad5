import { getDb } from "@/db/client";
import { districtTallies, loadPetition } from "@/db/queries/petitions";
import { isPubliclyVisible } from "@/lib/domain/petitions/lifecycle";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiErrorResponse } from "@/lib/services/petitions/api-errors";
import { enforcePetitionReadLimit } from "@/lib/services/petitions/api-limit";
import { petitionDetailJson } from "@/lib/services/petitions/public-json";
import { loadSettings } from "@/lib/services/settings";

/** GET /api/v1/petitions/<id> — one public petition with its districts, answer and hearing (no personal data). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await enforcePetitionReadLimit();
    const id = Number((await params).id);
    if (!Number.isInteger(id) || id <= 0) throw new AppError("not_found");
    const db = await getDb();
    const row = await loadPetition(db, id);
    if (!row || !isPubliclyVisible(row.petition)) throw new AppError("not_found");
    const [districts, settings] = await Promise.all([districtTallies(db, id), loadSettings(db)]);
    const base = env().APP_URL?.replace(/\/+$/, "") ?? new URL(request.url).origin;
    return Response.json(
      petitionDetailJson(
        row,
        districts,
        { response: settings.petitionResponseThreshold, debate: settings.petitionDebateThreshold },
        base,
      ),
      { headers: { "cache-control": "public, max-age=5" } },
    );
  } catch (error) {
    return apiErrorResponse(error);
  }
}
