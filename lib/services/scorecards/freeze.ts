// Freezing published scorecards (docs/rules.md#metrics, #open-data). Each finished period is computed for the
// city and every unit and stored as version 1. Recomputing later stores a new version only when
// the figures differ, with its reason, and logs it; the public pages show every version.
import "server-only";
import { and, desc, eq, gte, inArray, isNull, lt, min, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import { caseEvents, caseFeedback, cases, scorecardSnapshots } from "@/db/schema";
import { PERIOD_KINDS, finishedPeriodsSince } from "@/lib/domain/metrics/periods";
import type { SnapshotReason } from "@/lib/domain/metrics/snapshot-reasons";
import { log } from "@/lib/log";
import { recordAdminChange } from "../admin/audit";
import type { ServiceContext } from "../context";
import { periodScorecards } from "../metrics/unit-scorecard";
import type { ScorecardPeriod } from "./periods";
import { toInstants } from "./periods";
import { scorecardRuleInForce } from "./rules";
import type { SnapshotRules } from "./snapshots";
import { stableJson } from "./stable-json";

export const SCORECARDS_AUDIT_SUBJECT = "scorecards";

export interface FreezeOutcome {
  published: number;
  revised: number;
  unchanged: number;
}

interface Revision {
  reason: Exclude<SnapshotReason, "first_publication">;
  note?: string;
  actorUserId?: string | null;
  /** Use the current minimum sample rather than the one the period was first published with. */
  currentSettings?: boolean;
}

async function latestVersions(db: Queryable, period: ScorecardPeriod) {
  const rows = await db
    .selectDistinctOn([scorecardSnapshots.unitId], {
      unitId: scorecardSnapshots.unitId,
      version: scorecardSnapshots.version,
      figures: scorecardSnapshots.figures,
      rules: scorecardSnapshots.rules,
      computedAt: scorecardSnapshots.computedAt,
    })
    .from(scorecardSnapshots)
    .where(and(eq(scorecardSnapshots.periodKind, period.kind), eq(scorecardSnapshots.periodStart, period.from)))
    .orderBy(scorecardSnapshots.unitId, desc(scorecardSnapshots.version));
  return new Map(rows.map((row) => [row.unitId, row] as const));
}

/**
 * When the city's figures of a period were last computed by choice: its first publication or an
 * admin's recomputation; null when the period was never published.
 */
async function importCutoff(db: Queryable, period: ScorecardPeriod): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | Date | null>`max(${scorecardSnapshots.computedAt})` })
    .from(scorecardSnapshots)
    .where(
      and(
        eq(scorecardSnapshots.periodKind, period.kind),
        eq(scorecardSnapshots.periodStart, period.from),
        isNull(scorecardSnapshots.unitId),
        inArray(scorecardSnapshots.reason, ["first_publication", "admin_recompute"]),
      ),
    );
  return row?.at ? new Date(row.at) : null;
}

/**
 * Whether anything the figures of a period depend on may have changed since `since`: a case
 * replied in the period was updated (every transition stamps updated_at), or rated, since then.
 * Finished periods' rules cannot change (rules take effect in the current month at the earliest).
 */
async function changedSince(db: Queryable, period: ScorecardPeriod, since: Date): Promise<boolean> {
  const at = sql`${since.toISOString()}::timestamptz`;
  const inPeriod = and(gte(cases.repliedAt, period.from), lt(cases.repliedAt, period.to));
  const [updated] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(inPeriod, gte(cases.updatedAt, at)))
    .limit(1);
  if (updated) return true;
  // A case replied in the period and changed since may have left it: re-handled and replied
  // again later, its reply now falls in another period, and this one's figures lost it.
  const [left] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        gte(cases.updatedAt, at),
        sql`exists (select 1 from ${caseEvents} e where e.case_id = ${cases.id} and e.to_status = 'replied'
          and e.occurred_at >= ${period.from.toISOString()}::timestamptz and e.occurred_at < ${period.to.toISOString()}::timestamptz)`,
      ),
    )
    .limit(1);
  if (left) return true;
  const [rated] = await db
    .select({ id: caseFeedback.caseId })
    .from(caseFeedback)
    .innerJoin(cases, eq(cases.id, caseFeedback.caseId))
    .where(and(inPeriod, gte(caseFeedback.createdAt, at)))
    .limit(1);
  return rated !== undefined;
}

/**
 * Computes one finished period for the city and every unit and freezes what changed: a subject
 * never published gets version 1; one whose figures differ from its latest version gets the
 * next version with `revision`'s reason. Safe to run twice at once: a version is unique.
 */
export async function freezePeriod(
  ctx: Pick<ServiceContext, "db" | "now" | "settings">,
  period: ScorecardPeriod,
  revision: Revision = { reason: "late_change" },
): Promise<FreezeOutcome> {
  const { db, now } = ctx;
  if (period.to.getTime() > now.getTime()) throw new RangeError(`period ${period.key} has not finished`);
  const latest = await latestVersions(db, period);
  const activeUnits = await listActiveUnits(db);
  // The hourly job skips a period whose subjects are all published and whose cases have not
  // changed since: recomputing a year of cases every hour would be most of the job's cost.
  const city = latest.get(null);
  if (revision.reason === "late_change" && city && activeUnits.every((unit) => latest.has(unit.id))) {
    const since = new Date(Math.min(...[...latest.values()].map((row) => row.computedAt.getTime())));
    if (!(await changedSince(db, period, since))) return { published: 0, revised: 0, unchanged: latest.size };
  }
  const rule = await scorecardRuleInForce(db, period.from);
  // A period keeps the minimum sample it was published with, unless an admin recomputes it.
  const publishedRules = city?.rules as SnapshotRules | undefined;
  const minimumSample =
    revision.currentSettings || !publishedRules ? ctx.settings.minimumSample : publishedRules.minimumSample;
  const rules: SnapshotRules = { ruleId: rule.ruleId, weights: rule.weights, bands: rule.bands, minimumSample };
  // Imports cannot rewrite a frozen scorecard (docs/imports.md): the automatic recomputation
  // counts only the historic cases imported before the period's last deliberate computation
  // (its first publication, or an admin's recomputation with its public reason).
  const importedBefore = revision.reason === "late_change" ? await importCutoff(db, period) : null;
  const figures = await periodScorecards(db, period, rules, importedBefore);
  const unitIds = new Set<number>([...activeUnits.map((unit) => unit.id), ...figures.byUnit.keys()]);
  const subjects: [number | null, unknown][] = [
    [null, figures.city],
    ...[...unitIds].sort((a, b) => a - b).map((id) => [id, figures.forUnit(id)] as [number, unknown]),
  ];

  const outcome: FreezeOutcome = { published: 0, revised: 0, unchanged: 0 };
  const inserts: (typeof scorecardSnapshots.$inferInsert)[] = [];
  const revisedUnits: (number | null)[] = [];
  for (const [unitId, scorecard] of subjects) {
    const previous = latest.get(unitId);
    if (
      previous &&
      stableJson(previous.figures) === stableJson(scorecard) &&
      stableJson(previous.rules) === stableJson(rules)
    ) {
      outcome.unchanged += 1;
      continue;
    }
    const version = previous ? previous.version + 1 : 1;
    if (previous) {
      outcome.revised += 1;
      revisedUnits.push(unitId);
    } else outcome.published += 1;
    inserts.push({
      unitId,
      periodKind: period.kind,
      periodKey: period.key,
      periodStart: period.from,
      periodEnd: period.to,
      version,
      figures: scorecard,
      rules,
      reason: previous ? revision.reason : "first_publication",
      reasonNote: previous ? (revision.note ?? null) : null,
      actorUserId: previous ? (revision.actorUserId ?? null) : null,
      computedAt: now,
    });
  }
  if (inserts.length > 0) {
    await db.transaction(async (tx) => {
      await tx.insert(scorecardSnapshots).values(inserts).onConflictDoNothing();
      if (revisedUnits.length > 0) {
        await recordAdminChange(tx, {
          actorUserId: revision.actorUserId ?? null,
          action: "scorecards.recompute",
          subject: SCORECARDS_AUDIT_SUBJECT,
          before: null,
          after: {
            periodKind: period.kind,
            periodKey: period.key,
            reason: revision.reason,
            note: revision.note ?? null,
            units: revisedUnits,
          },
          at: now,
        });
      }
    });
  }
  if (outcome.revised > 0)
    log.info(
      { job: "scorecards", period: period.key, kind: period.kind, revised: outcome.revised },
      "scorecards recomputed with different figures",
    );
  return outcome;
}

/**
 * The job: freezes every finished month, quarter and year since the first case — periods that
 * ended before the server first ran, while it was down, or with no cases at all (frozen empty) —
 * and records late changes to any of them. A period already frozen and unchanged costs three
 * small queries, so the whole history is checked on every run.
 */
export async function freezeFinishedPeriods(ctx: ServiceContext): Promise<FreezeOutcome> {
  const total: FreezeOutcome = { published: 0, revised: 0, unchanged: 0 };
  const [first] = await ctx.db.select({ at: min(cases.createdAt) }).from(cases);
  if (!first?.at) return total;
  const firstDay = ctx.calendar.localDate(first.at);
  const today = ctx.calendar.localDate(ctx.now);
  for (const kind of PERIOD_KINDS) {
    for (const local of finishedPeriodsSince(kind, firstDay, today)) {
      const period = toInstants(ctx.calendar, local);
      const outcome = await freezePeriod(ctx, period);
      total.published += outcome.published;
      total.revised += outcome.revised;
      total.unchanged += outcome.unchanged;
    }
  }
  return total;
}

/** An admin's recomputation of one finished period, with the reason shown publicly if the figures change. */
export async function recomputePeriod(
  ctx: ServiceContext & { db: Database },
  period: ScorecardPeriod,
  request: { note: string; actorUserId: string | null },
): Promise<FreezeOutcome> {
  const outcome = await freezePeriod(ctx, period, {
    reason: "admin_recompute",
    note: request.note.trim(),
    actorUserId: request.actorUserId,
    currentSettings: true,
  });
  if (outcome.revised === 0) {
    // Logged even when nothing changed: the press of the button is an administrative act.
    await recordAdminChange(ctx.db, {
      actorUserId: request.actorUserId,
      action: "scorecards.recompute",
      subject: SCORECARDS_AUDIT_SUBJECT,
      before: null,
      after: {
        periodKind: period.kind,
        periodKey: period.key,
        reason: "admin_recompute",
        note: request.note.trim(),
        units: [],
      },
      at: ctx.now,
    });
  }
  return outcome;
}
