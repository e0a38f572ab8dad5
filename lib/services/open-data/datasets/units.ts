// The units (docs/open-data.md#units): codes, names, the class that decides every ranking, the parent
// unit, and the counts a unit's public page shows as of the download: open and overdue cases, the
// knowledge-base answers past their review date, and the yellow and red cards of the last twelve months.
import "server-only";
import { sql } from "drizzle-orm";
import { sqlRows } from "@/db/client";
import { WITH_UNIT_STATUSES } from "@/lib/domain/cases/lifecycle";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import { type OpenDataRow, defineDataset } from "../dataset";

export const UNIT_COLUMNS = [
  { key: "unit_code", type: "text" },
  { key: "unit_name_zh", type: "text" },
  { key: "unit_name_en", type: "text" },
  { key: "unit_class", type: "text" },
  { key: "parent_unit_code", type: "text" },
  { key: "district_code", type: "text" },
  { key: "active", type: "boolean" },
  { key: "as_of", type: "timestamp" },
  { key: "open_cases", type: "integer", measure: "cases" },
  { key: "overdue_open_cases", type: "integer", measure: "cases" },
  { key: "knowledge_answers_past_review", type: "integer", measure: "answers" },
  { key: "yellow_cards_12_months", type: "integer", measure: "cards" },
  { key: "red_cards_12_months", type: "integer", measure: "cards" },
] as const satisfies readonly OpenDataColumn[];

/** The unit page's window for card counts (app/(public)/transparency/units/[code]/unit-card-counts.tsx). */
export const CARD_WINDOW_MS = 365 * 86_400_000;

export const unitsDataset = defineDataset({
  name: "units",
  columns: UNIT_COLUMNS,
  messages: "openData.datasets.units.columns",
  parameters: [],
  filename: () => "answerable-units",
  async *rows({ db, calendar, now }) {
    const at = sql`${now.toISOString()}::timestamptz`;
    const since = sql`${new Date(now.getTime() - CARD_WINDOW_MS).toISOString()}::timestamptz`;
    const withUnit = sql.join(
      [...WITH_UNIT_STATUSES].map((status) => sql`${status}`),
      sql`, `,
    );
    yield await sqlRows<OpenDataRow>(
      db,
      sql`select u.code as "unit_code", u.name_zh as "unit_name_zh", u.name_en as "unit_name_en",
          u.unit_class::text as "unit_class", p.code as "parent_unit_code", d.code as "district_code", u.active as "active",
          to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "as_of",
          (select count(*)::int from cases c where c.lead_unit_id = u.id and c.status::text in (${withUnit})) as "open_cases",
          (select count(*)::int from cases c where c.lead_unit_id = u.id and c.status::text in (${withUnit})
             and c.reply_due_at < ${at}) as "overdue_open_cases",
          (select count(*)::int from knowledge_entries k where k.unit_id = u.id and k.active
             and k.review_by < ${calendar.localDate(now)}::date) as "knowledge_answers_past_review",
          (select count(*)::int from supervision_cards s where s.unit_id = u.id and s.kind = 'yellow'
             and s.issued_at >= ${since}) as "yellow_cards_12_months",
          (select count(*)::int from supervision_cards s where s.unit_id = u.id and s.kind = 'red'
             and s.issued_at >= ${since}) as "red_cards_12_months"
        from units u
        left join units p on p.id = u.parent_id
        left join districts d on d.id = u.district_id
        order by u.code`,
    );
  },
});
