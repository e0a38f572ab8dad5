import { z } from "zod";
import { AppError, toPublicError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { translator } from "@/lib/i18n/translator";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { getDb } from "@/db/client";
import { openDataFile } from "@/lib/services/open-data/download";
import { OPEN_DATA_DATASETS, openDataQuerySchema } from "@/lib/validation/open-data";

// A long download holds a database connection (a cursor) for its whole length, so each server
// streams only a few at once; the rest are told to retry rather than starving the pages.
const MAX_CONCURRENT = 3;
const holder = globalThis as typeof globalThis & { __answerableOpenDataStreams?: number };

/**
 * GET /api/open-data/{cases|scorecards}.{csv|json}?from=YYYY-MM&to=YYYY-MM[&by=created|replied][&kind=month|quarter|year]
 * Public, rate limited per client, streamed. Errors: 404 unknown dataset, 422 bad query, 429, 503 busy.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  try {
    const dataset = z.enum(OPEN_DATA_DATASETS).safeParse((await params).dataset);
    if (!dataset.success) throw new AppError("not_found");
    const query = openDataQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) {
      throw new AppError(
        "validation",
        "invalid open-data query",
        Object.fromEntries(Object.entries(z.flattenError(query.error).fieldErrors).map(([k, v]) => [k, v ?? []])),
      );
    }
    await enforceRateLimit("openData");
    if ((holder.__answerableOpenDataStreams ?? 0) >= MAX_CONCURRENT)
      throw new AppError("unavailable", "too many downloads at once");
    const db = await getDb();
    const calendar = await loadCalendar(db);
    holder.__answerableOpenDataStreams = (holder.__answerableOpenDataStreams ?? 0) + 1;
    const file = openDataFile(db, calendar, dataset.data, query.data, {
      onEnd: () => {
        holder.__answerableOpenDataStreams = Math.max(0, (holder.__answerableOpenDataStreams ?? 1) - 1);
      },
    });
    return new Response(file.stream, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "public, max-age=300",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const failure = toPublicError(error);
    const t = translator("en");
    return Response.json(
      { error: failure.code, message: t(failure.messageKey), fieldErrors: failure.fieldErrors },
      {
        status: failure.status,
        headers:
          failure.code === "unavailable" || failure.code === "rate_limited" ? { "Retry-After": "60" } : undefined,
      },
    );
  }
}
