import "server-only";
import { appraisalRaterGroups } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import type { RaterGroupInput } from "@/lib/validation/appraisal";
import { lockCampaign } from "./campaigns";

export async function addRaterGroup(
  { campaignId, ...input }: RaterGroupInput & { campaignId: number },
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (campaign.status === "closed")
      throw new AppError("invalid_transition", "campaign closed", { form: ["campaignClosed"] });
    const [row] = await tx
      .insert(appraisalRaterGroups)
      .values({ campaignId, kind: input.kind, name: input.name, createdAt: now })
      .returning({ id: appraisalRaterGroups.id });
    if (!row) throw new Error("rater group insert returned nothing");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "appraisal.add_group",
      subject: `appraisal:${campaignId}`,
      after: { groupId: row.id, ...input },
      at: now,
    });
    return row;
  });
}
