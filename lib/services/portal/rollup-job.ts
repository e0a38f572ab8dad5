import "server-only";
import { log } from "@/lib/log";
import { serviceContext } from "../context";
import { refreshRollups } from "./refresh-rollups";

// Figures on the portal may lag a change by at most this plus one refresh (PRODUCT.md §12: fresh within 60 s).
const INTERVAL_MS = 15_000;
const holder = globalThis as typeof globalThis & { __answerablePortalRollups?: NodeJS.Timeout };

/** Brings the portal's daily rollups up to date with the cases; a no-op when nothing changed. */
export async function refreshPortalRollups(): Promise<void> {
  const started = Date.now();
  try {
    const ctx = await serviceContext();
    const result = await refreshRollups(ctx.db, { timeZone: ctx.calendar.timeZone, now: ctx.now });
    if (result.rebuilt || result.days > 0)
      log.info({ job: "portal-rollups", ...result, ms: Date.now() - started }, "refreshed portal rollups");
  } catch (error) {
    log.error(
      { job: "portal-rollups", err: error instanceof Error ? error.message : String(error) },
      "portal rollup refresh failed",
    );
  }
}

/** Every 15 seconds, and once right after start so a fresh database has figures at once. */
export function startRollupRefresher(): void {
  if (holder.__answerablePortalRollups) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow rebuild must not pile up behind itself
    running = true;
    await refreshPortalRollups().finally(() => {
      running = false;
    });
  };
  holder.__answerablePortalRollups = setInterval(() => void tick(), INTERVAL_MS);
  holder.__answerablePortalRollups.unref();
  setTimeout(() => void tick(), 1_000).unref();
}
