import "server-only";
import { eq } from "drizzle-orm";
import { rectifications } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "@/lib/services/context";
import type { FilePlanInput } from "@/lib/validation/rectifications";
import { rectificationForAction } from "./rectifications";

/** The failing unit's head files its rectification plan; a plan after the deadline is taken (and shown late). */
export async function filePlan(input: FilePlanInput, actor: Actor, ctx: ServiceContext): Promise<{ id: number }> {
  return ctx.db.transaction(async (tx) => {
    const row = await rectificationForAction(tx, input.rectificationId, actor, "file_plan");
    await tx
      .update(rectifications)
      .set({
        status: row.next,
        plan: input.plan,
        planDoneBy: input.doneBy,
        planFiledBy: actor.id,
        planFiledAt: ctx.now,
      })
      .where(eq(rectifications.id, row.id));
    return { id: row.id };
  });
}
