import "server-only";
import { eq } from "drizzle-orm";
import { districts, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { wouldCreateCycle } from "@/lib/domain/admin/unit-hierarchy";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import type { UnitForm } from "@/lib/validation/admin-organisation";
import { recordAdminChange } from "./audit";
import { refuse, type UnitRow } from "./organisation";

/** Creates a unit (with `code`) or updates one (with `unitId`); a parent may never be the unit's own descendant. */
export async function saveUnit(
  input: UnitForm & ({ unitId: number } | { code: string }),
  actor: Actor,
  ctx: ServiceContext,
): Promise<UnitRow> {
  const saved = await ctx.db.transaction(async (tx) => {
    // Lock the whole hierarchy: two concurrent re-parentings could otherwise close a loop together.
    const hierarchy = await tx
      .select({ id: units.id, parentId: units.parentId, code: units.code, active: units.active })
      .from(units)
      .for("update");
    const problems: Record<string, string[]> = {};
    if (input.parentId !== null && !hierarchy.some((u) => u.id === input.parentId)) problems.parentId = ["invalid"];
    if (input.districtId !== null) {
      const [district] = await tx
        .select({ id: districts.id })
        .from(districts)
        .where(eq(districts.id, input.districtId));
      if (!district) problems.districtId = ["invalid"];
    }
    if (Object.keys(problems).length > 0) throw refuse(problems);
    const values = {
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      unitClass: input.unitClass,
      parentId: input.parentId,
      districtId: input.districtId,
      requiresReplyApproval: input.requiresReplyApproval,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      contactAddress: input.contactAddress,
    };
    if ("unitId" in input) {
      const [before] = await tx.select().from(units).where(eq(units.id, input.unitId));
      if (!before) throw new AppError("not_found");
      if (wouldCreateCycle(hierarchy, input.unitId, input.parentId)) throw refuse({ parentId: ["parentCycle"] });
      const [after] = await tx.update(units).set(values).where(eq(units.id, input.unitId)).returning();
      if (!after) throw new AppError("not_found");
      await recordAdminChange(tx, {
        actorUserId: actor.id,
        action: "unit.update",
        subject: `unit:${after.code}`,
        before,
        after,
        at: ctx.now,
      });
      return after;
    }
    if (hierarchy.some((u) => u.code === input.code)) throw refuse({ code: ["codeTaken"] });
    const [created] = await tx
      .insert(units)
      .values({ ...values, code: input.code, createdAt: ctx.now })
      .returning();
    if (!created) throw new Error("unit not created");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "unit.create",
      subject: `unit:${created.code}`,
      after: created,
      at: ctx.now,
    });
    return created;
  });
  forgetRoutingCache(ctx.db);
  return saved;
}
