import "server-only";
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { DEFAULT_CALENDAR_CODE } from "@/db/queries/calendar";
import { calendarDays } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type CalendarImport, parseCalendarImport } from "@/lib/domain/calendar/calendar-import";
import type { CalendarImportInput } from "@/lib/validation/admin-rules";
import { forgetCalendar } from "../calendar/load-calendar";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { calendarDaysOfYear, calendarId } from "./calendar";

export interface CalendarImportResult extends CalendarImport {
  year: number;
  /** Dates of the year now in the calendar that the imported list does not contain. */
  removed: string[];
  applied: boolean;
}

/**
 * Replaces one year's holidays and make-up days with an official list. A preview (or a list
 * with any bad line) changes nothing and returns what would happen.
 */
export async function importCalendarYear(
  options: CalendarImportInput,
  actor: Actor,
  ctx: ServiceContext,
): Promise<CalendarImportResult> {
  const { db } = ctx;
  const code = DEFAULT_CALENDAR_CODE;
  const parsed = parseCalendarImport(options.text, { year: options.year });
  const current = await calendarDaysOfYear(db, options.year, code);
  const incoming = new Set(parsed.days.map((d) => d.date));
  const removed = current.filter((d) => !incoming.has(d.date)).map((d) => d.date);
  const result: CalendarImportResult = { ...parsed, year: options.year, removed, applied: false };
  if (options.mode === "preview" || parsed.errors.length > 0) return result;

  await db.transaction(async (tx) => {
    const id = await calendarId(tx, code);
    const before = await tx
      .select()
      .from(calendarDays)
      .where(
        and(
          eq(calendarDays.calendarId, id),
          gte(calendarDays.date, `${options.year}-01-01`),
          lte(calendarDays.date, `${options.year}-12-31`),
        ),
      );
    if (before.length > 0)
      await tx.delete(calendarDays).where(
        and(
          eq(calendarDays.calendarId, id),
          inArray(
            calendarDays.date,
            before.map((d) => d.date),
          ),
        ),
      );
    const rows = parsed.days.map((d) => ({
      calendarId: id,
      date: d.date,
      kind: d.kind,
      nameZh: d.name,
      nameEn: d.name,
    }));
    if (rows.length > 0) await tx.insert(calendarDays).values(rows);
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "calendar.import",
      subject: `calendar:${code}`,
      before,
      after: rows,
    });
  });
  forgetCalendar(db);
  return { ...result, applied: true };
}
