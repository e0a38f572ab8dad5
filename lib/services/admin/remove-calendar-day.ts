import "server-only";
import { and, eq } from "drizzle-orm";
import { DEFAULT_CALENDAR_CODE } from "@/db/queries/calendar";
import { calendarDays } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { forgetCalendar } from "../calendar/load-calendar";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { calendarId } from "./calendar";

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
