import { getDb } from "@/db/client";
import { lastJobCompletedAt } from "@/db/queries/jobs";

// A live worker finishes a job every few seconds (the outbox round, the petition count): none
// for this long means no worker is working the queue, whatever the web servers say.
const STALE_AFTER_SECONDS = 120;

/** Whether a worker is working the queue, for monitors (any number of web servers answer it alike). */
export async function GET() {
  try {
    const at = await lastJobCompletedAt(await getDb());
    const ageSeconds = at ? Math.round((Date.now() - at.getTime()) / 1000) : null;
    const ok = ageSeconds !== null && ageSeconds <= STALE_AFTER_SECONDS;
    return Response.json(
      { status: ok ? "ok" : "no_worker", lastJobSecondsAgo: ageSeconds },
      { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
    );
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
