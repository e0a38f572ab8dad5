import "server-only";
import { sqlRows } from "@/db/client";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import {
  petitionCountDistricts,
  petitionCounts,
  petitionDistrictCounts,
  petitionModerationLog,
  petitions,
} from "@/db/schema";
import { COUNTED_STATUSES } from "@/lib/domain/petitions/lifecycle";
import { type ThresholdName, stampThresholds } from "@/lib/domain/petitions/thresholds";
import { log } from "@/lib/log";
import type { ServiceContext } from "../context";
import { notifySigners } from "./notify-signers";
import { openResponseCase } from "./response-case";

export interface CountRefresh {
  petitions: number;
  changed: number;
  crossed: { petitionId: number; threshold: ThresholdName }[];
  dropped: { petitionId: number; threshold: ThresholdName }[];
}

/**
 * The batch job: recounts validated signatures per petition and district with one grouped
 * query (an index-only scan of petition_signatures_count_idx), writes the petitions whose count
 * changed, and stamps or un-stamps their thresholds. Signing never touches these rows.
 * Counted: petitions gathering, in moderation or open, and any petition marked for a recount
 * (countedAt cleared by an invalidation). Safe to run on several servers: the results agree.
 */
export async function refreshPetitionCounts(
  ctx: ServiceContext,
  options: { baseUrl?: string } = {},
): Promise<CountRefresh> {
  const { db, now, settings } = ctx;
  const scope = await db
    .select({
      id: petitions.id,
      status: petitions.status,
      signatureCount: petitions.signatureCount,
      countedAt: petitions.countedAt,
      responseThresholdAt: petitions.responseThresholdAt,
      debateThresholdAt: petitions.debateThresholdAt,
      responseCaseId: petitions.responseCaseId,
    })
    .from(petitions)
    .where(or(inArray(petitions.status, [...COUNTED_STATUSES]), isNull(petitions.countedAt)));
  const result: CountRefresh = { petitions: scope.length, changed: 0, crossed: [], dropped: [] };
  if (scope.length === 0) return result;

  const ids = scope.map((p) => p.id);
  const tallies = await sqlRows<{ petition_id: number; district_id: number; n: number }>(
    db,
    sql`select petition_id, district_id, count(*)::int as n from petition_signatures
        where status = 'validated' and petition_id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})
        group by petition_id, district_id`,
  );
  const byPetition = new Map<number, { total: number; districts: { districtId: number; n: number }[] }>();
  for (const row of tallies) {
    const entry = byPetition.get(Number(row.petition_id)) ?? { total: 0, districts: [] };
    entry.total += Number(row.n);
    entry.districts.push({ districtId: Number(row.district_id), n: Number(row.n) });
    byPetition.set(Number(row.petition_id), entry);
  }

  const thresholds = { response: settings.petitionResponseThreshold, debate: settings.petitionDebateThreshold };
  for (const petition of scope) {
    const tally = byPetition.get(petition.id) ?? { total: 0, districts: [] };
    // Thresholds apply once the petition is open; supporters and moderation only count.
    const counts = petition.status === "open" || petition.status === "closed";
    const stamps = counts
      ? stampThresholds(tally.total, petition, thresholds, now)
      : {
          responseThresholdAt: petition.responseThresholdAt,
          debateThresholdAt: petition.debateThresholdAt,
          crossed: [],
          dropped: [],
        };
    const unchanged =
      tally.total === petition.signatureCount &&
      petition.countedAt !== null &&
      stamps.crossed.length === 0 &&
      stamps.dropped.length === 0;
    if (unchanged) continue;
    result.changed += 1;
    await db.transaction(async (tx) => {
      await tx
        .update(petitions)
        .set({
          signatureCount: tally.total,
          countedAt: now,
          responseThresholdAt: stamps.responseThresholdAt,
          debateThresholdAt: stamps.debateThresholdAt,
        })
        .where(eq(petitions.id, petition.id));
      await tx.delete(petitionDistrictCounts).where(eq(petitionDistrictCounts.petitionId, petition.id));
      if (tally.districts.length)
        await tx
          .insert(petitionDistrictCounts)
          .values(
            tally.districts.map((d) => ({ petitionId: petition.id, districtId: d.districtId, signatureCount: d.n })),
          );
      // The open data keeps every count, not only the latest (docs/open-data.md#petition-counts).
      const [recorded] = await tx
        .insert(petitionCounts)
        .values({ petitionId: petition.id, countedAt: now, signatureCount: tally.total })
        .returning({ id: petitionCounts.id });
      if (recorded && tally.districts.length)
        await tx
          .insert(petitionCountDistricts)
          .values(
            tally.districts.map((d) => ({ countId: recorded.id, districtId: d.districtId, signatureCount: d.n })),
          );
      // Signers hear of a crossed threshold with the stamp itself (the outbox), or not at all.
      for (const threshold of stamps.crossed)
        await notifySigners(
          { db: tx },
          petition.id,
          threshold === "response" ? "responseThreshold" : "debateThreshold",
          options.baseUrl,
        );
      for (const threshold of stamps.dropped) {
        await tx.insert(petitionModerationLog).values({
          petitionId: petition.id,
          actorUserId: null,
          action: `unstamp_${threshold}`,
          affected: tally.total,
          occurredAt: now,
        });
      }
    });
    for (const threshold of stamps.crossed) result.crossed.push({ petitionId: petition.id, threshold });
    for (const threshold of stamps.dropped) result.dropped.push({ petitionId: petition.id, threshold });
  }

  for (const { petitionId, threshold } of result.crossed) {
    try {
      if (threshold === "response") await openResponseCase(petitionId, ctx);
    } catch (error) {
      // The stamp stays; the next refresh does not re-cross it, so log loudly for an operator.
      log.error(
        { job: "petition-count", petitionId, threshold, err: error instanceof Error ? error.message : String(error) },
        "threshold follow-up failed",
      );
    }
  }
  return result;
}

/** Petitions whose threshold was crossed but whose response case could not be opened: retried by the sweep. */
export async function openMissingResponseCases(ctx: ServiceContext): Promise<number> {
  const missing = await ctx.db
    .select({ id: petitions.id })
    .from(petitions)
    .where(
      and(
        sql`${petitions.responseThresholdAt} is not null`,
        isNull(petitions.responseCaseId),
        inArray(petitions.status, ["open", "closed"]),
      ),
    );
  let opened = 0;
  for (const { id } of missing) if (await openResponseCase(id, ctx)) opened += 1;
  return opened;
}
