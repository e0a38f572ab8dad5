import { date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { calendarDayKindEnum } from "./enums";

/** A working-day calendar of one jurisdiction: the exceptions to the weekly pattern. */
export const calendars = pgTable("calendars", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  nameZh: text().notNull(),
  nameEn: text().notNull(),
  timeZone: text().notNull().default("Asia/Shanghai"),
});

/** A public holiday (day off) or a make-up working day (调休) on a weekend. */
export const calendarDays = pgTable(
  "calendar_days",
  {
    calendarId: integer()
      .notNull()
      .references(() => calendars.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    kind: calendarDayKindEnum().notNull(),
    nameZh: text().notNull().default(""),
    nameEn: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.calendarId, t.date] })],
);
