import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { caseCoUnits, cases, dispatchEntries, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { OPEN_STATUSES } from "@/lib/domain/cases/lifecycle";
import { entryStandings } from "@/lib/domain/admin/catalogue-rules";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { forgetRoutingCache } from "@/lib/services/routing-cache";
import { recordAdminChange } from "./audit";
import { refuse, type UnitRow } from "./organisation";

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
