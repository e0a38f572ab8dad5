import "server-only";
import type { Database } from "@/db/client";
import { type PeriodKind, parsePeriodKey } from "@/lib/domain/metrics/periods";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { forgetSettings, loadSettings } from "../settings";
import { type FreezeOutcome, recomputePeriod } from "./freeze";
import { toInstants } from "./periods";

/** The admin's "recompute" button: a finished period named by its key ("2026-03", "2026-Q1", "2026") and a reason. */
export async function recomputePeriodByKey(
  ctx: ServiceContext & { db: Database },
  request: { periodKind: PeriodKind; periodKey: string; reason: string; actorUserId: string | null },
): Promise<FreezeOutcome & { periodKey: string }> {
  const local = parsePeriodKey(request.periodKey);
  if (!local || local.kind !== request.periodKind)
    throw new AppError("validation", "not a period of that kind", { periodKey: ["periodKey"] });
  const period = toInstants(ctx.calendar, local);
  if (period.to.getTime() > ctx.now.getTime())
    throw new AppError("validation", "period not finished", { periodKey: ["periodNotFinished"] });
  // The admin recomputes with the settings as saved this moment, not a copy cached up to a minute ago.
  forgetSettings(ctx.db);
  const settings = await loadSettings(ctx.db);
  const outcome = await recomputePeriod({ ...ctx, settings }, period, {
    note: request.reason,
    actorUserId: request.actorUserId,
  });
  return { ...outcome, periodKey: local.key };
}
