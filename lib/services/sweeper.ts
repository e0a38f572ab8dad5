import "server-only";
import { errorForLog, log } from "@/lib/log";
import { writeDailyCheckpoint } from "./integrity/write-checkpoint";
import { closeUnratedCases } from "./cases/sweep";
import { deliverNotices } from "./ops/deliver-notices";
import { purgeMailOutbox } from "./ops/purge-mail";
import { serviceContext } from "./context";
import { startPetitionCounter, sweepPetitions } from "./petitions/petition-jobs";
import { startRollupRefresher } from "./portal/rollup-job";
import { freezeScorecardsWhenDue } from "./scorecards/job";

const INTERVAL_MS = 60_000;
const holder = globalThis as typeof globalThis & { __answerableSweeper?: NodeJS.Timeout };

/** Every minute: close unrated cases whose feedback window has passed; hourly, freeze finished scorecard periods. */
export function startSweeper(): void {
  if (holder.__answerableSweeper) return;
  startRollupRefresher();
  const tick = async () => {
    try {
      const closed = await closeUnratedCases(await serviceContext());
      if (closed > 0) log.info({ job: "sweep", closed }, "closed unrated cases");
      await sweepPetitions();
    } catch (error) {
      log.error({ job: "sweep", err: error instanceof Error ? error.message : String(error) }, "sweep failed");
    }
    await freezeScorecardsWhenDue(() => serviceContext());
    await deliverNotices();
    try {
      const purged = await purgeMailOutbox(await serviceContext());
      if (purged > 0) log.info({ job: "mail-retention", purged }, "purged old outbox messages");
    } catch (error) {
      log.error({ job: "mail-retention", err: errorForLog(error) }, "mail purge failed");
    }
    try {
      await writeDailyCheckpoint(await serviceContext());
    } catch (error) {
      log.error({ job: "checkpoint", err: errorForLog(error) }, "checkpoint failed");
    }
  };
  startPetitionCounter();
  holder.__answerableSweeper = setInterval(() => void tick(), INTERVAL_MS);
  holder.__answerableSweeper.unref();
  setTimeout(() => void tick(), 5_000).unref();
}
