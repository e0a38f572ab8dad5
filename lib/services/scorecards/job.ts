import "server-only";
import { log } from "@/lib/log";
import type { ServiceContext } from "../context";
import { freezeFinishedPeriods } from "./freeze";

// The sweeper ticks every minute; freezing recomputes whole periods, so it runs hourly (and on
// the first tick after a start, so a month is published within minutes of the server starting).
const EVERY_MS = 60 * 60_000;
const holder = globalThis as typeof globalThis & { __answerableScorecardsFrozenAt?: number };

/** Freezes finished periods if the last run was over an hour ago; errors are logged, never thrown. */
export async function freezeScorecardsWhenDue(
  context: () => Promise<ServiceContext>,
  nowMs = Date.now(),
): Promise<void> {
  if (holder.__answerableScorecardsFrozenAt !== undefined && nowMs - holder.__answerableScorecardsFrozenAt < EVERY_MS)
    return;
  holder.__answerableScorecardsFrozenAt = nowMs;
  try {
    const outcome = await freezeFinishedPeriods(await context());
    if (outcome.published + outcome.revised > 0)
      log.info({ job: "scorecards", ...outcome }, "froze finished scorecard periods");
  } catch (error) {
    log.error(
      { job: "scorecards", err: error instanceof Error ? error.message : String(error) },
      "freezing scorecards failed",
    );
  }
}
