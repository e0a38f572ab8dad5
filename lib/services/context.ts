import "server-only";
import { type Database, getDb } from "@/db/client";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { env } from "@/lib/env";
import { loadCalendar } from "./calendar/load-calendar";
import { type Settings, loadSettings } from "./settings";

/** What a use case needs from the world: the database, the clock, the calendar and settings. */
export interface ServiceContext {
  db: Database;
  now: Date;
  calendar: WorkingCalendar;
  settings: Settings;
  /** The public address mailed links start with. */
  appUrl: string;
}

export async function serviceContext(overrides: Partial<ServiceContext> = {}): Promise<ServiceContext> {
  const db = overrides.db ?? (await getDb());
  return {
    db,
    now: overrides.now ?? new Date(),
    calendar: overrides.calendar ?? (await loadCalendar(db)),
    settings: overrides.settings ?? (await loadSettings(db)),
    appUrl: overrides.appUrl ?? env().appUrl,
  };
}
