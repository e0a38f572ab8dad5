import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { ServiceContext } from "../context";
import { openMissingResponseCases, refreshPetitionCounts } from "./counting";
import { anonymiseClosedSignatures, closeExpiredPetitions, publishAnswers } from "./petition-sweep";

/**
 * One round of petition counting (the "petitions.count" job): fresh counts, crossed thresholds,
 * and the units' replies published. Idempotent: a round with nothing new changes nothing.
 * Returns the seconds until the next round (read each round, so an admin's change applies).
 */
export async function countPetitions(ctx: ServiceContext): Promise<number> {
  const result = await refreshPetitionCounts(ctx, { baseUrl: env().APP_URL });
  // A unit's reply shows on the petition within one round.
  await publishAnswers(ctx, env().APP_URL);
  if (result.changed > 0)
    log.info(
      {
        job: "petitions.count",
        changed: result.changed,
        crossed: result.crossed.length,
        dropped: result.dropped.length,
      },
      "petition counts refreshed",
    );
  return ctx.settings.petitionCountIntervalSeconds;
}

/** The minute sweep's petition part: close expired petitions, retry response cases, anonymise old signatures. */
export async function sweepPetitions(ctx: ServiceContext): Promise<void> {
  const closed = await closeExpiredPetitions(ctx);
  const reopened = await openMissingResponseCases(ctx);
  const anonymised = await anonymiseClosedSignatures(ctx);
  if (closed + reopened + anonymised > 0)
    log.info({ job: "petitions.sweep", closed, reopened, anonymised }, "petition sweep");
}
