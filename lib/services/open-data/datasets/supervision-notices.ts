// The supervision notices (督办单, docs/open-data.md#supervision-notices): one row per notice, with its
// unit, level, deadlines, state and how its answers went. No free text (the demand, the answers and
// their reasons are on the unit's public page, redacted): counts and instants only.
import "server-only";
import { sql } from "drizzle-orm";
import { sqlRows } from "@/db/client";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import { type OpenDataRow, defineDataset, span, utcTimestampSql } from "../dataset";

export const SUPERVISION_NOTICE_COLUMNS = [
  { key: "notice_id", type: "integer" },
  { key: "unit_code", type: "text" },
  { key: "level", type: "text" },
  { key: "issued_at", type: "timestamp" },
  { key: "response_working_days", type: "integer", measure: "working_days" },
  { key: "due_at", type: "timestamp" },
  { key: "status", type: "text" },
  { key: "escalated_at", type: "timestamp" },
  { key: "accepted_at", type: "timestamp" },
  { key: "case_count", type: "integer", measure: "cases" },
  { key: "answers", type: "integer", measure: "answers" },
  { key: "late_answers", type: "integer", measure: "answers" },
  { key: "sent_back", type: "integer", measure: "answers" },
] as const satisfies readonly OpenDataColumn[];

const utc = utcTimestampSql;

export const supervisionNoticesDataset = defineDataset({
  name: "supervision-notices",
  columns: SUPERVISION_NOTICE_COLUMNS,
  messages: "openData.datasets.supervision-notices.columns",
  parameters: [],
  filename: (query) => `answerable-supervision-notices-${span(query)}`,
  async *rows({ db, range }) {
    const from = range.from ? sql`and n.issued_at >= ${range.from.toISOString()}::timestamptz` : sql``;
    const to = range.to ? sql`and n.issued_at < ${range.to.toISOString()}::timestamptz` : sql``;
    yield await sqlRows<OpenDataRow>(
      db,
      sql`select n.id as "notice_id", u.code as "unit_code", n.level::text as "level",
          ${utc("n.issued_at")} as "issued_at", n.response_working_days as "response_working_days",
          ${utc("n.due_at")} as "due_at", n.status::text as "status",
          ${utc("n.escalated_at")} as "escalated_at", ${utc("n.accepted_at")} as "accepted_at",
          (select count(*)::int from supervision_notice_cases c where c.notice_id = n.id) as "case_count",
          (select count(*)::int from supervision_notice_answers a where a.notice_id = n.id) as "answers",
          (select count(*)::int from supervision_notice_answers a where a.notice_id = n.id
             and a.answered_at >= a.due_at) as "late_answers",
          (select count(*)::int from supervision_notice_answers a where a.notice_id = n.id
             and a.decision = 'sent_back') as "sent_back"
        from supervision_notices n join units u on u.id = n.unit_id
        where true ${from} ${to}
        order by n.id`,
    );
  },
});
