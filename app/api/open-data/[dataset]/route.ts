import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getDb } from "@/db/client";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { openDataFile } from "@/lib/services/open-data/download";
import { takeDownloadSlot } from "@/lib/services/open-data/download-slots";
import { openDataFileSchema, openDataQuerySchema } from "@/lib/validation/open-data";

const params = z.object({ dataset: openDataFileSchema });

function headersFor(file: { contentType: string; filename: string }): HeadersInit {
  return {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "Cache-Control": "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
  };
}

/**
 * GET /api/open-data/<dataset>.{csv|json}?from=YYYY-MM&to=YYYY-MM[&by=created|replied][&kind=month|quarter|year][&versions=all]
 * (the datasets: lib/services/open-data/registry.ts; their description: /api/open-data/datapackage.json)
 * Public, rate limited per client, streamed. Errors (docs/api.md): 404 unknown dataset, 422 bad
 * query, 429, 503 when this server already streams its share of downloads.
 */
export const GET = apiRoute({
  audience: "anyone",
  params,
  query: openDataQuerySchema,
  errors: ["scorecards.errors"],
  limit: "openData",
  handle: async ({ params, query }, _actor, { now }) => {
    const release = takeDownloadSlot();
    try {
      const db = await getDb();
      const calendar = await loadCalendar(db);
      const file = openDataFile(db, calendar, params.dataset, query, { onEnd: release, now });
      return new Response(file.stream, { headers: headersFor(file) });
    } catch (error) {
      release();
      throw error;
    }
  },
});

/** HEAD answers the headers a GET would send, without opening a cursor or taking a slot. */
export const HEAD = apiRoute({
  audience: "anyone",
  params,
  query: openDataQuerySchema,
  handle: async ({ params, query }) => {
    const db = await getDb();
    const calendar = await loadCalendar(db);
    const file = openDataFile(db, calendar, params.dataset, query, { onEnd: () => undefined });
    await file.stream.cancel();
    return new Response(null, { headers: headersFor(file) });
  },
});
