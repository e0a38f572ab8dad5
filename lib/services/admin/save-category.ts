import "server-only";
import { eq } from "drizzle-orm";
import { categories, categoryGroups, slaPolicies } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import type { CategoryForm } from "@/lib/validation/admin-organisation";
import { recordAdminChange } from "./audit";
import { type CategoryRow, refuse } from "./organisation";

/** Creates a category (with `code`) or updates one (with `categoryId`): group, names, keywords, default SLA policy. */
export async function saveCategory(
  input: CategoryForm & ({ categoryId: number } | { code: string }),
  actor: Actor,
  ctx: ServiceContext,
): Promise<CategoryRow> {
  const saved = await ctx.db.transaction(async (tx) => {
    const [group] = await tx
      .select({ id: categoryGroups.id })
      .from(categoryGroups)
      .where(eq(categoryGroups.id, input.groupId));
    const [policy] = await tx
      .select({ id: slaPolicies.id })
      .from(slaPolicies)
      .where(eq(slaPolicies.id, input.slaPolicyId));
    const problems: Record<string, string[]> = {};
    if (!group) problems.groupId = ["invalid"];
    if (!policy) problems.slaPolicyId = ["invalid"];
    const values = {
      groupId: input.groupId,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      slaPolicyId: input.slaPolicyId,
      keywordsZh: input.keywordsZh,
      keywordsEn: input.keywordsEn,
    };
    if ("categoryId" in input) {
      if (Object.keys(problems).length > 0) throw refuse(problems);
      const [before] = await tx.select().from(categories).where(eq(categories.id, input.categoryId)).for("update");
      if (!before) throw new AppError("not_found");
      const [after] = await tx.update(categories).set(values).where(eq(categories.id, input.categoryId)).returning();
      if (!after) throw new AppError("not_found");
      await recordAdminChange(tx, {
        actorUserId: actor.id,
        action: "category.update",
        subject: `category:${after.code}`,
        before,
        after,
        at: ctx.now,
      });
      return after;
    }
    const [taken] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.code, input.code));
    if (taken) problems.code = ["codeTaken"];
    if (Object.keys(problems).length > 0) throw refuse(problems);
    const [created] = await tx
      .insert(categories)
      .values({ ...values, code: input.code })
      .returning();
    if (!created) throw new Error("category not created");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "category.create",
      subject: `category:${created.code}`,
      after: created,
      at: ctx.now,
    });
    return created;
  });
  forgetRoutingCache(ctx.db);
  return saved;
}
