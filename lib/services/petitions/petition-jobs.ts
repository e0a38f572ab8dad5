import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { serviceContext } from "../context";
import { openMissingResponseCases, refreshPetitionCounts } from "./counting";
import { anonymiseClosedSignatures, closeExpiredPetitions, publishAnswers } from "./petition-sweep";

const holder = globalThis as typeof globalThis & { __answerablePetitionCounter?: NodeJS.Timeout };

/** The counting job, every `petitionCountIntervalSeconds` (read again each round, so an admin's change applies). */
export function startPetitionCounter(): void {
  if (holder.__answerablePetitionCounter) return;
  const round = async () => {
    let delay = 5_000;
    try {
      const ctx = await serviceContext();
      delay = ctx.settings.petitionCountIntervalSeconds * 1000;
      const result = await refreshPetitionCounts(ctx, { baseUrl: env().APP_URL });
      // A unit's reply shows on the petition within one round.
      await publishAnswers(ctx, env().APP_URL);
      if (result.changed > 0)
        log.info(
          {
            job: "petition-count",
            changed: result.changed,
            crossed: result.crossed.length,
            dropped: result.dropped.length,
          },
          "petition counts refreshed",
        );
    } catch (error) {
      log.error(
        { job: "petition-count", err: error instanceof Error ? error.message : String(error) },
        "petition count failed",
      );
    }
    holder.__answerablePetitionCounter = setTimeout(() => void round(), delay);
    holder.__answerablePetitionCounter.unref();
  };
  holder.__answerablePetitionCounter = setTimeout(() => void round(), 2_000);
  holder.__answerablePetitionCounter.unref();
}

/** The minute sweep's petition part: close expired petitions, retry response cases, anonymise old signatures. */
export async function sweepPetitions(): Promise<void> {
  const ctx = await serviceContext();
  const closed = await closeExpiredPetitions(ctx);
  const reopened = await openMissingResponseCases(ctx);
  const anonymised = await anonymiseClosedSignatures(ctx);
  if (closed + reopened + anonymised > 0)
    log.info({ job: "petition-sweep", closed, reopened, anonymised }, "petition sweep");
}
