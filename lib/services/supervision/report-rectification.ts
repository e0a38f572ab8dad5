import "server-only";
import { eq } from "drizzle-orm";
import { rectifications } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "@/lib/services/context";
import type { ReportRectificationInput } from "@/lib/validation/rectifications";
import { rectificationForAction } from "./rectifications";

/** The unit's head reports that the plan is carried out; a supervisor then accepts or sends it back. */
export async function reportRectification(
  input: ReportRectificationInput,
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  return ctx.db.transaction(async (tx) => {
    const row = await rectificationForAction(tx, input.rectificationId, actor, "report");
    await tx
      .update(rectifications)
      .set({ status: row.next, report: input.report, reportedBy: actor.id, reportedAt: ctx.now })
      .where(eq(rectifications.id, row.id));
    return { id: row.id };
  });
}
