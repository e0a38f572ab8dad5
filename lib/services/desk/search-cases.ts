import "server-only";
import { type DeskSearchRow, searchDeskCases } from "@/db/queries/desk";
import type { Actor } from "@/lib/domain/access/actor";
import { can } from "@/lib/domain/access/roles";
import {
  type DeskQuery,
  deskSearchAuditRecord,
  deskSearchRange,
  deskShowsContacts,
  maySearchDesk,
  parseDeskQuery,
} from "@/lib/domain/desk/search-query";
import type { IsoDate } from "@/lib/domain/calendar/working-calendar";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "../admin/audit";
import type { ServiceContext } from "../context";

/** Rows one search shows; more means "narrow it down". */
export const DESK_RESULT_LIMIT = 50;

export interface DeskSearchInput {
  q: string;
  from?: IsoDate | null;
  to?: IsoDate | null;
}

export interface DeskSearchResult {
  kind: DeskQuery["kind"];
  rows: DeskSearchRow[];
  /** More matched than shown. */
  more: boolean;
  /** The dates searched (a short text query without dates gets a default window). */
  from: IsoDate | null;
  to: IsoDate | null;
  /** Operators see the caller's name and phone; supervisors the cases only. */
  showContacts: boolean;
  /** Operators may record a callback on a replied case. */
  mayCallback: boolean;
}

/**
 * The hotline desk's search (docs/case-classes.md#the-hotline-desk): the dispatch centre and
 * supervisors only; every search, found or not, is a row in the audit log (who, which number or
 * words, when) before anything is read.
 */
export async function searchCases(
  input: DeskSearchInput,
  actor: Actor,
  ctx: ServiceContext,
): Promise<DeskSearchResult> {
  if (!maySearchDesk(actor.role)) throw new AppError("forbidden");
  const query = parseDeskQuery(input.q);
  if ("error" in query) throw new AppError("validation", "bad desk query", { q: [query.error] });
  const range = deskSearchRange(
    query,
    { from: input.from ?? null, to: input.to ?? null },
    ctx.calendar.localDate(ctx.now),
  );
  if ("error" in range) throw new AppError("validation", "bad desk range", { to: [range.error] });

  await recordAdminChange(ctx.db, {
    actorUserId: actor.id,
    action: "desk.search",
    subject: `desk_search:${query.kind}`,
    after: deskSearchAuditRecord(query, range),
    at: ctx.now,
  });

  const rows = await searchDeskCases(ctx.db, {
    query,
    from: range.from ? ctx.calendar.startOfLocalDay(range.from) : null,
    before: range.to ? ctx.calendar.startOfLocalDay(ctx.calendar.addCalendarDays(range.to, 1)) : null,
    limit: DESK_RESULT_LIMIT + 1,
  });
  return {
    kind: query.kind,
    rows: rows.slice(0, DESK_RESULT_LIMIT),
    more: rows.length > DESK_RESULT_LIMIT,
    from: range.from,
    to: range.to,
    showContacts: deskShowsContacts(actor.role),
    mayCallback: can(actor.role, "desk.callback"),
  };
}
