import "server-only";
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { DEFAULT_CALENDAR_CODE } from "@/db/queries/calendar";
import { calendarDays, calendars } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type CalendarImport, parseCalendarImport } from "@/lib/domain/calendar/calendar-import";
import { AppError } from "@/lib/errors";
import type { CalendarDayInput, CalendarImportInput } from "@/lib/validation/admin-rules";
import { forgetCalendar } from "../calendar/load-calendar";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";

// Edits of the working calendar. Deadlines are stored on each case when it is dispatched, so a
// change here affects only cases dispatched afterwards; nothing here touches cases.

type CalendarDay = typeof calendarDays.$inferSelect;

async function calendarId(db: Queryable, code: string): Promise<number> {
  const [calendar] = await db.select({ id: calendars.id }).from(calendars).where(eq(calendars.code, code));
  if (!calendar) throw new AppError("not_found", `no calendar ${code}`);
  return calendar.id;
}

/** The holidays and make-up working days of one year, in date order. */
export async function calendarDaysOfYear(
  db: Queryable,
  year: number,
  code = DEFAULT_CALENDAR_CODE,
): Promise<CalendarDay[]> {
  const id = await calendarId(db, code);
  return db
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.calendarId, id),
        gte(calendarDays.date, `${year}-01-01`),
        lte(calendarDays.date, `${year}-12-31`),
      ),
    )
    .orderBy(calendarDays.date);
}

/** Adds a holiday or make-up day, replacing whatever that date was before. */
export async function setCalendarDay(day: CalendarDayInput, actor: Actor, ctx: ServiceContext): Promise<void> {
  const { db } = ctx;
  const code = DEFAULT_CALENDAR_CODE;
  await db.transaction(async (tx) => {
    const id = await calendarId(tx, code);
    const [before] = await tx
      .select()
      .from(calendarDays)
      .where(and(eq(calendarDays.calendarId, id), eq(calendarDays.date, day.date)));
    const values = { calendarId: id, date: day.date, kind: day.kind, nameZh: day.nameZh, nameEn: day.nameEn };
    await tx
      .insert(calendarDays)
      .values(values)
      .onConflictDoUpdate({
        target: [calendarDays.calendarId, calendarDays.date],
        set: { kind: day.kind, nameZh: day.nameZh, nameEn: day.nameEn },
      });
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: before ? "calendar_day.update" : "calendar_day.add",
      subject: `calendar:${code}`,
      before: before ?? null,
      after: values,
    });
  });
  forgetCalendar(db);
}

export async function removeCalendarDay({ date }: { date: string }, actor: Actor, ctx: ServiceContext): Promise<void> {
  const { db } = ctx;
  const code = DEFAULT_CALENDAR_CODE;
  await db.transaction(async (tx) => {
    const id = await calendarId(tx, code);
    const [removed] = await tx
      .delete(calendarDays)
      .where(and(eq(calendarDays.calendarId, id), eq(calendarDays.date, date)))
      .returning();
    if (!removed) throw new AppError("not_found");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "calendar_day.remove",
      subject: `calendar:${code}`,
      before: removed,
    });
  });
  forgetCalendar(db);
}

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
