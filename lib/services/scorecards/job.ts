import "server-only";
import { log } from "@/lib/log";
import type { ServiceContext } from "../context";
import { freezeFinishedPeriods } from "./freeze";

/**
 * Freezes the finished scorecard periods (the hourly "scorecards.freeze" job, also run when a
 * worker starts, so a month is published within minutes). Idempotent: a frozen period whose
 * figures have not changed is left alone.
 */
export async function freezeScorecards(ctx: ServiceContext): Promise<void> {
  const outcome = await freezeFinishedPeriods(ctx);
  if (outcome.published + outcome.revised > 0)
    log.info({ job: "scorecards.freeze", ...outcome }, "froze finished scorecard periods");
}
