import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import {
  caseCoUnits,
  cases,
  categories,
  categoryGroups,
  dispatchEntries,
  districts,
  slaPolicies,
  units,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { OPEN_STATUSES } from "@/lib/domain/cases/lifecycle";
import { entryStandings } from "@/lib/domain/admin/catalogue-rules";
import { wouldCreateCycle } from "@/lib/domain/admin/unit-hierarchy";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import type { CategoryForm, UnitForm } from "@/lib/validation/admin-organisation";
import { recordAdminChange } from "./audit";

type UnitRow = typeof units.$inferSelect;
type CategoryRow = typeof categories.$inferSelect;

const refuse = (fieldErrors: Record<string, string[]>) =>
  new AppError("validation", "admin change refused", fieldErrors);

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

/**
 * Activates or deactivates a unit. Deactivation is refused while the unit still holds open cases
 * (lead or co-handling: the dispatch centre reassigns them first) or leads a catalogue entry in
 * force or scheduled (new cases would have nowhere to go: replace the entry first).
 */
export async function setUnitActive(
  { unitId, active }: { unitId: number; active: boolean },
  actor: Actor,
  ctx: ServiceContext,
): Promise<UnitRow> {
  const saved = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(units).where(eq(units.id, unitId)).for("update");
    if (!before) throw new AppError("not_found");
    if (before.active === active) return before;
    if (!active) {
      const open = [...OPEN_STATUSES];
      const [leading] = await tx
        .select({ n: count() })
        .from(cases)
        .where(and(eq(cases.leadUnitId, unitId), inArray(cases.status, open)));
      const [helping] = await tx
        .select({ n: count() })
        .from(caseCoUnits)
        .innerJoin(cases, eq(cases.id, caseCoUnits.caseId))
        .where(and(eq(caseCoUnits.unitId, unitId), inArray(cases.status, open)));
      const openCases = (leading?.n ?? 0) + (helping?.n ?? 0);
      if (openCases > 0) throw refuse({ form: ["unitHasOpenCases"] });
      const led = await tx
        .select({ categoryId: dispatchEntries.categoryId })
        .from(dispatchEntries)
        .where(eq(dispatchEntries.leadUnitId, unitId));
      if (led.length > 0) {
        // Standing depends on the other entries of the same categories, whoever leads them.
        const related = await tx
          .select({
            id: dispatchEntries.id,
            categoryId: dispatchEntries.categoryId,
            districtId: dispatchEntries.districtId,
            effectiveFrom: dispatchEntries.effectiveFrom,
            leadUnitId: dispatchEntries.leadUnitId,
          })
          .from(dispatchEntries)
          .where(inArray(dispatchEntries.categoryId, [...new Set(led.map((e) => e.categoryId))]));
        const standings = entryStandings(related, ctx.calendar.localDate(ctx.now));
        if (related.some((e) => e.leadUnitId === unitId && standings.get(e.id) !== "superseded"))
          throw refuse({ form: ["leadOfEntryInForce"] });
      }
    }
    const [after] = await tx.update(units).set({ active }).where(eq(units.id, unitId)).returning();
    if (!after) throw new AppError("not_found");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: active ? "unit.activate" : "unit.deactivate",
      subject: `unit:${after.code}`,
      before: { active: before.active },
      after: { active },
      at: ctx.now,
    });
    return after;
  });
  forgetRoutingCache(ctx.db);
  return saved;
}

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
