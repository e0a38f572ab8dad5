// Keeps the portal's daily rollups (db/schema/rollups.ts) in step with the cases. Triggers log
// every relevant change of a case or its feedback with the instants involved, old and new; each
// run drains that log and recomputes just those local days, from the cases, in one transaction.
// The first run (or a change of the calendar's time zone) rebuilds every day.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type Queryable, rowsOf } from "@/db/client";
import { SATISFACTION_LEVELS } from "@/lib/domain/cases/vocabulary";
import { satisfactionPoints } from "@/lib/domain/metrics/unit-metrics";

export interface RefreshResult {
  rebuilt: boolean;
  /** Local days recomputed (all of them on a rebuild). */
  days: number;
}

/** Which local days to recompute: every one, or the listed "YYYY-MM-DD" dates. */
type Scope = { kind: "all" } | { kind: "days"; days: readonly string[] };

/** Cases whose `column` instant falls on a day in scope, with `day` naming that local day. */
function casesOnDays(
  column: "created_at" | "replied_at" | "closed_at",
  scope: Scope,
  timeZone: string,
): { from: SQL; day: SQL } {
  const instant = sql.raw(`c.${column}`);
  if (scope.kind === "all") {
    return { from: sql`cases c`, day: sql`(${instant} at time zone ${timeZone})::date` };
  }
  // One index range per day: the bounds are local midnights in the calendar's time zone.
  return {
    from: sql`unnest(${daysArray(scope.days)}) as d(day)
      join cases c on ${instant} >= (d.day::timestamp at time zone ${timeZone}) and ${instant} < ((d.day + 1)::timestamp at time zone ${timeZone})`,
    day: sql`d.day`,
  };
}

function daysArray(days: readonly string[]): SQL {
  return sql`array[${sql.join(
    days.map((day) => sql`${day}`),
    sql`, `,
  )}]::date[]`;
}

// Derived from the domain's satisfaction points, so SQL and TypeScript cannot disagree.
const SATISFACTION_TENTHS_SQL = sql.raw(
  `case l.satisfaction ${SATISFACTION_LEVELS.map((level) => `when '${level}' then ${Math.round(satisfactionPoints(level) * 10)}`).join(" ")} else 0 end`,
);

const REPLY_COUNTER_COLUMNS = [
  "replied",
  "rated",
  "contacted",
  "solved",
  "satisfaction_tenths",
  "signed_for",
  "signed_for_on_time",
  "replied_on_time",
  "replied_late",
  "rehandled",
  "disputed",
  "dispute_base",
] as const;

/**
 * The counters of lib/domain/metrics/unit-metrics.ts MetricCounts, over the cases `c` with their latest rating `l`,
 * for the replying unit; its return counters come from RETURN_COUNTERS.
 */
const REPLY_COUNTERS = sql`count(*)::int, count(l.satisfaction)::int, (count(*) filter (where l.contacted))::int,
  (count(*) filter (where l.solved))::int, coalesce(sum(${SATISFACTION_TENTHS_SQL}), 0)::int,
  count(c.signed_for_on_time)::int, (count(*) filter (where c.signed_for_on_time))::int,
  (count(*) filter (where c.replied_on_time))::int, (count(*) filter (where c.replied_on_time = false))::int,
  (count(*) filter (where c.rehandle_count > 0))::int, 0, 0`;

/**
 * lib/domain/metrics/return-rate.ts returnCharges in SQL: each replied case `c` once per unit that replied to or
 * returned it (a dispute event's unit), `r.returned` when that unit returned it.
 */
const RETURN_CHARGES = sql`cross join lateral (
  select u.unit_id, bool_or(u.returned) as returned from (
    select c.lead_unit_id as unit_id, false as returned
    union all
    select e.unit_id, true from case_events e where e.case_id = c.id and e.event = 'dispute' and e.unit_id is not null
  ) u group by u.unit_id
) r`;
const RETURN_ZEROES_SQL = sql.raw(
  REPLY_COUNTER_COLUMNS.filter((column) => column !== "disputed" && column !== "dispute_base")
    .map(() => "0")
    .join(", "),
);
const RETURN_COUNTERS = sql`${RETURN_ZEROES_SQL}, (count(*) filter (where r.returned))::int, count(*)::int`;

// The rating that counts is the citizen's latest, as in db/queries/metrics.ts listRepliedCases.
const LATEST_FEEDBACK = sql`left join lateral (
  select f.contacted, f.solved, f.satisfaction from case_feedback f where f.case_id = c.id order by f.round desc limit 1
) l on true`;

const REPLY_COLUMNS_SQL = sql.raw(REPLY_COUNTER_COLUMNS.join(", "));
const REPLY_ZEROES_SQL = sql.raw(REPLY_COUNTER_COLUMNS.map(() => "0").join(", "));
const REPLY_SUMS_SQL = sql.raw(REPLY_COUNTER_COLUMNS.map((column) => `sum(${column})::int`).join(", "));

async function deleteDays(db: Queryable, table: string, scope: Scope) {
  const name = sql.raw(table);
  await db.execute(
    scope.kind === "all"
      ? sql`delete from ${name}`
      : sql`delete from ${name} where day = any(${daysArray(scope.days)})`,
  );
}

async function recompute(db: Queryable, scope: Scope, timeZone: string): Promise<void> {
  for (const table of ["portal_unit_days", "portal_unit_reply_days", "portal_category_days", "portal_district_days"])
    await deleteDays(db, table, scope);
  const replied = casesOnDays("replied_at", scope, timeZone);
  const created = casesOnDays("created_at", scope, timeZone);
  const closed = casesOnDays("closed_at", scope, timeZone);
  // Cases without a lead unit were answered by the dispatch centre: no unit's work (as in periodScorecards).
  const repliedWhere = sql`c.lead_unit_id is not null and c.replied_at is not null`;

  await db.execute(sql`insert into portal_unit_days (unit_id, day, ${REPLY_COLUMNS_SQL})
    select unit_id, day, ${REPLY_SUMS_SQL} from (
      select c.lead_unit_id, ${replied.day} as day, ${REPLY_COUNTERS} from ${replied.from} ${LATEST_FEEDBACK}
        where ${repliedWhere} group by 1, 2
      union all
      select r.unit_id, ${replied.day}, ${RETURN_COUNTERS} from ${replied.from} ${RETURN_CHARGES}
        where ${repliedWhere} group by 1, 2
    ) as parts (unit_id, day, ${REPLY_COLUMNS_SQL})
    group by 1, 2`);
  await db.execute(sql`insert into portal_unit_reply_days (unit_id, day, working_days, cases)
    select c.lead_unit_id, ${replied.day}, coalesce(c.working_days_to_reply, 0), count(*)::int from ${replied.from}
    where ${repliedWhere} group by 1, 2, 3`);
  await db.execute(sql`insert into portal_category_days (category_id, day, received, closed, ${REPLY_COLUMNS_SQL})
    select category_id, day, sum(received)::int, sum(closed)::int, ${REPLY_SUMS_SQL} from (
      select c.category_id, ${replied.day} as day, 0 as received, 0 as closed, ${REPLY_COUNTERS}
        from ${replied.from} ${LATEST_FEEDBACK} where ${repliedWhere} group by 1, 2
      union all
      select c.category_id, ${replied.day}, 0, 0, ${RETURN_COUNTERS}
        from ${replied.from} ${RETURN_CHARGES} where ${repliedWhere} group by 1, 2
      union all
      select c.category_id, ${created.day}, count(*), 0, ${REPLY_ZEROES_SQL} from ${created.from} group by 1, 2
      union all
      select c.category_id, ${closed.day}, 0, count(*), ${REPLY_ZEROES_SQL} from ${closed.from} where c.closed_at is not null group by 1, 2
    ) as parts (category_id, day, received, closed, ${REPLY_COLUMNS_SQL})
    group by 1, 2`);
  await db.execute(sql`insert into portal_district_days (district_id, day, received)
    select c.district_id, ${created.day}, count(*)::int from ${created.from} where c.district_id is not null group by 1, 2`);
}

const MONTH_TABLES = [
  { month: "portal_unit_months", day: "portal_unit_days", keys: "unit_id", sums: REPLY_COUNTER_COLUMNS },
  { month: "portal_unit_reply_months", day: "portal_unit_reply_days", keys: "unit_id, working_days", sums: ["cases"] },
  {
    month: "portal_category_months",
    day: "portal_category_days",
    keys: "category_id",
    sums: ["received", "closed", ...REPLY_COUNTER_COLUMNS],
  },
  { month: "portal_district_months", day: "portal_district_days", keys: "district_id", sums: ["received"] },
] as const;

/** Re-adds the month rows of the months the recomputed days fall in, from the day rows. */
async function recomputeMonths(db: Queryable, scope: Scope): Promise<void> {
  const months = scope.kind === "all" ? null : [...new Set(scope.days.map((day) => `${day.slice(0, 7)}-01`))];
  for (const table of MONTH_TABLES) {
    const monthOf = sql`date_trunc('month', day)::date`;
    const inMonths = months ? sql`where ${monthOf} = any(${daysArray(months)})` : sql``;
    await db.execute(
      months
        ? sql`delete from ${sql.raw(table.month)} where month = any(${daysArray(months)})`
        : sql`delete from ${sql.raw(table.month)}`,
    );
    await db.execute(sql`insert into ${sql.raw(table.month)} (${sql.raw(table.keys)}, month, ${sql.raw(table.sums.join(", "))})
      select ${sql.raw(table.keys)}, ${monthOf}, ${sql.raw(table.sums.map((column) => `sum(${column})::int`).join(", "))}
      from ${sql.raw(table.day)} ${inMonths} group by ${sql.raw(table.keys)}, ${monthOf}`);
  }
}

/** Drains the change log and recomputes the days it names; rebuilds everything the first time. */
export async function refreshRollups(
  db: Queryable,
  options: { timeZone: string; now: Date; rebuild?: boolean },
): Promise<RefreshResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`insert into portal_rollup_state (id) values (1) on conflict do nothing`);
    // The row lock makes concurrent refreshers (several app servers) take turns.
    const [state] = rowsOf<{ time_zone: string | null; rebuilt_at: unknown }>(
      await tx.execute(sql`select time_zone, rebuilt_at from portal_rollup_state where id = 1 for update`),
    );
    const at = sql`${options.now.toISOString()}::timestamptz`;
    if (options.rebuild || !state?.rebuilt_at || state.time_zone !== options.timeZone) {
      await tx.execute(sql`delete from portal_rollup_changes`);
      await recompute(tx, { kind: "all" }, options.timeZone);
      await recomputeMonths(tx, { kind: "all" });
      await tx.execute(
        sql`update portal_rollup_state set time_zone = ${options.timeZone}, rebuilt_at = ${at}, refreshed_at = ${at} where id = 1`,
      );
      const [count] = rowsOf<{ n: number }>(
        await tx.execute(sql`select count(distinct day)::int as n from portal_category_days`),
      );
      return { rebuilt: true, days: count?.n ?? 0 };
    }
    const days = rowsOf<{ day: string }>(
      await tx.execute(sql`with drained as (delete from portal_rollup_changes returning created_at, replied_at, closed_at)
        select distinct day::text as day from (
          select (created_at at time zone ${options.timeZone})::date as day from drained
          union select (replied_at at time zone ${options.timeZone})::date from drained
          union select (closed_at at time zone ${options.timeZone})::date from drained
        ) as touched where day is not null order by 1`),
    ).map((row) => row.day);
    if (days.length > 0) {
      await recompute(tx, { kind: "days", days }, options.timeZone);
      await recomputeMonths(tx, { kind: "days", days });
      // refreshed_at is the rollups' version: it moves only when they changed (lib/services/portal/figure-cache.ts).
      await tx.execute(sql`update portal_rollup_state set refreshed_at = ${at} where id = 1`);
    }
    return { rebuilt: false, days: days.length };
  });
}

/** When the rollups last took in a change (null before the first run): the pages' "data as of" and the cache version. */
export async function rollupsRefreshedAt(db: Queryable): Promise<Date | null> {
  const [row] = rowsOf<{ refreshed_at: string | Date | null }>(
    await db.execute(sql`select refreshed_at from portal_rollup_state where id = 1`),
  );
  return row?.refreshed_at ? new Date(row.refreshed_at) : null;
}
