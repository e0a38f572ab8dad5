import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { appraisalCampaignUnits, appraisalCampaigns, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import type { CampaignInput } from "@/lib/validation/appraisal";

export async function createCampaign(input: CampaignInput, actor: Actor, ctx: ServiceContext): Promise<{ id: number }> {
  const { db, now } = ctx;
  const unitIds = [...new Set(input.unitIds)];
  return db.transaction(async (tx) => {
    const known = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(inArray(units.id, unitIds), eq(units.active, true)));
    if (known.length !== unitIds.length) throw new AppError("validation", "unknown unit", { unitIds: ["unitUnknown"] });
    const [row] = await tx
      .insert(appraisalCampaigns)
      .values({
        title: input.name,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        appraisalWeight: input.appraisalWeight,
        minimumSample: input.minimumSample,
        burstThreshold: input.burstThreshold,
        bottomCount: input.bottomCount,
        networkSalt: randomBytes(32).toString("base64url"),
        createdByUserId: actor.id,
        createdAt: now,
      })
      .returning({ id: appraisalCampaigns.id });
    if (!row) throw new Error("campaign insert returned nothing");
    await tx.insert(appraisalCampaignUnits).values(unitIds.map((unitId) => ({ campaignId: row.id, unitId })));
    const { unitIds: _units, ...rules } = input;
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "appraisal.create",
      subject: `appraisal:${row.id}`,
      after: { ...rules, unitIds },
      at: now,
    });
    return row;
  });
}
