import "server-only";
import { and, eq } from "drizzle-orm";
import { DEFAULT_CALENDAR_CODE } from "@/db/queries/calendar";
import { calendarDays } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { CalendarDayInput } from "@/lib/validation/admin-rules";
import { forgetCalendar } from "../calendar/load-calendar";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { calendarId } from "./calendar";

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
