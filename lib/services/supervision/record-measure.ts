import "server-only";
import { and, eq } from "drizzle-orm";
import { campaignForMeasure, casesForMeasure } from "@/db/queries/accountability";
import { accountabilityMeasureCases, accountabilityMeasures, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { measureProblems } from "@/lib/domain/supervision/accountability";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import type { MeasureInput } from "@/lib/validation/accountability";

/** Records a measure of the accountability ledger against a unit, with the cases and appraisal result that caused it. */
export async function recordMeasure(input: MeasureInput, actor: Actor, ctx: ServiceContext): Promise<{ id: number }> {
  const { db, now, calendar } = ctx;
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, input.unitId), eq(units.active, true)));
    if (!unit) throw new AppError("validation", "unknown unit", { unitId: ["unitUnknown"] });
    const found = await casesForMeasure(tx, input.unitId, input.caseReferences);
    const cited = input.caseReferences.map((reference) => {
      const row = found.find((c) => c.reference === reference);
      return { reference, found: Boolean(row), handledByUnit: row?.handledByUnit ?? false, id: row?.id };
    });
    const campaign =
      input.campaignId === null
        ? null
        : ((await campaignForMeasure(tx, input.campaignId, input.unitId)) ?? {
            found: false,
            closed: false,
            ratedUnit: false,
          });
    const problems = measureProblems({
      takenOn: input.takenOn,
      today: calendar.localDate(now),
      cases: cited,
      campaign,
    });
    if (Object.keys(problems).length > 0) throw new AppError("validation", "measure refused", problems);

    const [row] = await tx
      .insert(accountabilityMeasures)
      .values({
        unitId: input.unitId,
        kind: input.kind,
        takenOn: input.takenOn,
        reason: input.reason,
        followUp: input.followUp,
        officialName: input.officialName,
        campaignId: input.campaignId,
        recordedByUserId: actor.id,
        recordedAt: now,
      })
      .returning({ id: accountabilityMeasures.id });
    if (!row) throw new Error("measure insert returned nothing");
    const caseIds = cited.flatMap((c) => (c.id === undefined ? [] : [c.id]));
    if (caseIds.length)
      await tx.insert(accountabilityMeasureCases).values(caseIds.map((caseId) => ({ measureId: row.id, caseId })));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "accountability.record",
      subject: `accountability:${row.id}`,
      after: { ...input },
      at: now,
    });
    return row;
  });
}
