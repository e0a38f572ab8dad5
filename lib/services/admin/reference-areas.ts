import "server-only";
import { eq } from "drizzle-orm";
import { categoryGroups, districts } from "@/db/schema";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import type { NamedCodeForm } from "@/lib/validation/admin-organisation";
import { recordAdminChange } from "./audit";
import type { Actor } from "@/lib/domain/access/actor";

type Named = typeof districts | typeof categoryGroups;

/** Adds a district or category group by code, or renames the one with that code (the code stays). */
export async function saveNamed(
  table: Named,
  kind: "district" | "category_group",
  input: NamedCodeForm,
  actor: Actor,
  ctx: ServiceContext,
) {
  const saved = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(table).where(eq(table.code, input.code)).for("update");
    if (before) {
      if (before.nameZh === input.nameZh && before.nameEn === input.nameEn) return before;
      const [after] = await tx
        .update(table)
        .set({ nameZh: input.nameZh, nameEn: input.nameEn })
        .where(eq(table.id, before.id))
        .returning();
      await recordAdminChange(tx, {
        actorUserId: actor.id,
        action: `${kind}.update`,
        subject: `${kind}:${input.code}`,
        before,
        after,
        at: ctx.now,
      });
      return after!;
    }
    const [created] = await tx.insert(table).values(input).returning();
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: `${kind}.create`,
      subject: `${kind}:${input.code}`,
      after: created,
      at: ctx.now,
    });
    return created!;
  });
  forgetRoutingCache(ctx.db);
  return saved;
}
