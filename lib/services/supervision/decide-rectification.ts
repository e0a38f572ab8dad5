import "server-only";
import { eq, sql } from "drizzle-orm";
import { rectifications } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "@/lib/services/context";
import type { DecideRectificationInput } from "@/lib/validation/rectifications";
import { rectificationForAction } from "./rectifications";

/**
 * A supervisor accepts a completion report (final) or sends it back with a reason: the report is
 * withdrawn, the reason and the count of send-backs stay, and the unit's head reports again.
 */
export async function decideRectification(
  input: DecideRectificationInput,
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  return ctx.db.transaction(async (tx) => {
    const action = input.decision === "accepted" ? "accept" : "send_back";
    const row = await rectificationForAction(tx, input.rectificationId, actor, action);
    await tx
      .update(rectifications)
      .set(
        action === "accept"
          ? { status: row.next, acceptedAt: ctx.now, decidedBy: actor.id, decidedAt: ctx.now }
          : {
              status: row.next,
              report: null,
              reportedAt: null,
              reportedBy: null,
              sendBackReason: input.reason,
              sendBacks: sql`${rectifications.sendBacks} + 1`,
              decidedBy: actor.id,
              decidedAt: ctx.now,
            },
      )
      .where(eq(rectifications.id, row.id));
    return { id: row.id };
  });
}
