import "server-only";
import { and, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import { categories, dispatchEntries, dispatchEntryCoUnits, districts, units } from "@/db/schema";
import { hasEntryErrors, validateDispatchEntry } from "@/lib/domain/admin/catalogue-rules";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import type { DispatchEntryForm } from "@/lib/validation/admin-organisation";
import { recordAdminChange } from "./audit";
import type { Actor } from "@/lib/domain/access/actor";

type EntryRow = typeof dispatchEntries.$inferSelect;

/**
 * Adds a 派单目录 entry. Entries are never edited or deleted: a new entry for the same
 * category × district with a later effective date supersedes the old one for cases filed from
 * that date (routeCase picks the latest in force); cases already routed keep their units.
 */
export async function addDispatchEntry(input: DispatchEntryForm, actor: Actor, ctx: ServiceContext): Promise<EntryRow> {
  const coUnitIds = [...new Set(input.coUnitIds)];
  const saved = await ctx.db.transaction(async (tx) => {
    const problems: Record<string, string[]> = {};
    const [category] = await tx
      .select({ id: categories.id, code: categories.code })
      .from(categories)
      .where(eq(categories.id, input.categoryId));
    if (!category) problems.categoryId = ["invalid"];
    if (input.districtId !== null) {
      const [district] = await tx
        .select({ id: districts.id })
        .from(districts)
        .where(eq(districts.id, input.districtId));
      if (!district) problems.districtId = ["invalid"];
    }
    // FOR SHARE: a unit cannot be deactivated while an entry pointing to it is being added.
    const named = await tx
      .select({ id: units.id, active: units.active })
      .from(units)
      .where(inArray(units.id, [input.leadUnitId, ...coUnitIds]))
      .for("share");
    const active = new Set(named.filter((u) => u.active).map((u) => u.id));
    const ruled = validateDispatchEntry(
      { leadUnitId: input.leadUnitId, coUnitIds, effectiveFrom: input.effectiveFrom },
      active,
    );
    for (const [field, keys] of Object.entries(ruled))
      if (keys?.length) problems[field] = [...(problems[field] ?? []), ...keys];
    const sameKey = and(
      eq(dispatchEntries.categoryId, input.categoryId),
      input.districtId === null ? isNull(dispatchEntries.districtId) : eq(dispatchEntries.districtId, input.districtId),
    );
    if (!hasEntryErrors(ruled) && category) {
      const [clash] = await tx
        .select({ id: dispatchEntries.id })
        .from(dispatchEntries)
        .where(and(sameKey, eq(dispatchEntries.effectiveFrom, input.effectiveFrom)));
      if (clash) problems.effectiveFrom = ["entryExists"];
    }
    if (Object.keys(problems).length > 0) throw new AppError("validation", "dispatch entry refused", problems);

    // The entry this one supersedes from its date on, for the audit trail.
    const [superseded] = await tx
      .select({
        id: dispatchEntries.id,
        leadUnitId: dispatchEntries.leadUnitId,
        effectiveFrom: dispatchEntries.effectiveFrom,
      })
      .from(dispatchEntries)
      .where(and(sameKey, lte(dispatchEntries.effectiveFrom, input.effectiveFrom)))
      .orderBy(desc(dispatchEntries.effectiveFrom))
      .limit(1);
    const [entry] = await tx
      .insert(dispatchEntries)
      .values({
        categoryId: input.categoryId,
        districtId: input.districtId,
        leadUnitId: input.leadUnitId,
        effectiveFrom: input.effectiveFrom,
        createdAt: ctx.now,
      })
      .returning();
    if (!entry) throw new Error("dispatch entry not created");
    if (coUnitIds.length > 0)
      await tx.insert(dispatchEntryCoUnits).values(coUnitIds.map((unitId) => ({ entryId: entry.id, unitId })));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "catalogue.add_entry",
      subject: `dispatch-entry:${entry.id}`,
      before: superseded ?? null,
      after: { ...entry, category: category?.code, coUnitIds },
      at: ctx.now,
    });
    return entry;
  });
  forgetRoutingCache(ctx.db);
  return saved;
}
