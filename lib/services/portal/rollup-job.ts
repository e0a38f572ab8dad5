import "server-only";
import { log } from "@/lib/log";
import type { ServiceContext } from "../context";
import { refreshRollups } from "./refresh-rollups";

/**
 * Figures on the portal may lag a change by at most this plus one refresh (docs/rules.md#freshness: fresh
 * within 60 s): the "portal.rollups" job runs again this many seconds after each run.
 */
export const ROLLUP_REFRESH_SECONDS = 15;

/** Brings the portal's daily rollups up to date with the cases; a no-op when nothing changed. */
export async function refreshPortalRollups(ctx: ServiceContext): Promise<void> {
  const started = Date.now();
  const result = await refreshRollups(ctx.db, { timeZone: ctx.calendar.timeZone, now: ctx.now });
  if (result.rebuilt || result.days > 0)
    log.info({ job: "portal.rollups", ...result, ms: Date.now() - started }, "refreshed portal rollups");
}
