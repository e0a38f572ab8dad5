import "server-only";
import { eq } from "drizzle-orm";
import { categories } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import { recordAdminChange } from "./audit";
import type { CategoryRow } from "./organisation";

/** An inactive category disappears from the filing form; cases already filed under it are untouched. */
export async function setCategoryActive(
  { categoryId, active }: { categoryId: number; active: boolean },
  actor: Actor,
  ctx: ServiceContext,
): Promise<CategoryRow> {
  const saved = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(categories).where(eq(categories.id, categoryId)).for("update");
    if (!before) throw new AppError("not_found");
    if (before.active === active) return before;
    const [after] = await tx.update(categories).set({ active }).where(eq(categories.id, categoryId)).returning();
    if (!after) throw new AppError("not_found");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: active ? "category.activate" : "category.deactivate",
      subject: `category:${after.code}`,
      before: { active: before.active },
      after: { active },
      at: ctx.now,
    });
    return after;
  });
  forgetRoutingCache(ctx.db);
  return saved;
}
