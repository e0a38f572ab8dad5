// The accountability ledger (问责, docs/open-data.md#accountability-measures): one row per measure with
// its unit, kind, date and what it cites. No free text and never an official's name (the reason and
// follow-up are on the public ledger page, redacted).
import "server-only";
import { sql } from "drizzle-orm";
import { sqlRows } from "@/db/client";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import { type OpenDataRow, defineDataset, span } from "../dataset";

export const ACCOUNTABILITY_MEASURE_COLUMNS = [
  { key: "measure_id", type: "integer" },
  { key: "unit_code", type: "text" },
  { key: "kind", type: "text" },
  { key: "taken_on", type: "date" },
  { key: "cited_cases", type: "integer", measure: "cases" },
  { key: "campaign_id", type: "integer" },
  { key: "follow_up_reported", type: "boolean" },
] as const satisfies readonly OpenDataColumn[];

export const accountabilityMeasuresDataset = defineDataset({
  name: "accountability-measures",
  columns: ACCOUNTABILITY_MEASURE_COLUMNS,
  messages: "openData.datasets.accountability-measures.columns",
  parameters: [],
  filename: (query) => `answerable-accountability-measures-${span(query)}`,
  async *rows({ db, calendar, range }) {
    // taken_on is a local date: the months' bounds as local dates.
    const from = range.from ? sql`and m.taken_on >= ${calendar.localDate(range.from)}::date` : sql``;
    const to = range.to ? sql`and m.taken_on < ${calendar.localDate(range.to)}::date` : sql``;
    yield await sqlRows<OpenDataRow>(
      db,
      sql`select m.id as "measure_id", u.code as "unit_code", m.kind::text as "kind", m.taken_on::text as "taken_on",
          (select count(*)::int from accountability_measure_cases c where c.measure_id = m.id) as "cited_cases",
          m.campaign_id as "campaign_id", (m.follow_up is not null and m.follow_up <> '') as "follow_up_reported"
        from accountability_measures m join units u on u.id = m.unit_id
        where true ${from} ${to}
        order by m.taken_on, m.id`,
    );
  },
});
