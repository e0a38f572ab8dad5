import "server-only";
import { eq } from "drizzle-orm";
import { accountabilityMeasures } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import type { FollowUpInput } from "@/lib/validation/accountability";

/** Updates the follow-up of a measure; the text before and after goes on the audit chain. */
export async function updateFollowUp(input: FollowUpInput, actor: Actor, ctx: ServiceContext): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const [measure] = await tx
      .select({ followUp: accountabilityMeasures.followUp })
      .from(accountabilityMeasures)
      .where(eq(accountabilityMeasures.id, input.measureId))
      .for("update");
    if (!measure) throw new AppError("not_found");
    if (measure.followUp === input.followUp) return;
    await tx
      .update(accountabilityMeasures)
      .set({ followUp: input.followUp, followUpUpdatedAt: now })
      .where(eq(accountabilityMeasures.id, input.measureId));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "accountability.follow_up",
      subject: `accountability:${input.measureId}`,
      before: { followUp: measure.followUp },
      after: { followUp: input.followUp },
      at: now,
    });
  });
}
