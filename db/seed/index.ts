import { count } from "drizzle-orm";
import { createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { Queryable } from "../client";
import { loadCalendarDefinition } from "../queries/calendar";
import { units } from "../schema";
import { seedDemoAccounts } from "./demo-accounts";
import { seedHistoricCases } from "./historic-cases";
import { seedKnowledge } from "./knowledge";
import { seedPetitions } from "./petitions";
import { seedReferenceData } from "./reference-data";

export interface SeedOptions {
  /** How many historic cases to generate over the past 12 months. */
  cases: number;
  /** The moment the demo city's history ends; the data is the same for the same moment. */
  now: Date;
}

export async function isSeeded(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) > 0;
}

/** Fills an empty database with the demo city of Jiangbin. Deterministic for a given `now`. */
export async function seedDatabase(db: Queryable, options: SeedOptions): Promise<{ cases: number }> {
  const ids = await seedReferenceData(db);
  const accounts = await seedDemoAccounts(db, ids.unit);
  await seedKnowledge(db, ids.unit, options.now);
  const calendar = createWorkingCalendar(await loadCalendarDefinition(db));
  const cases = await seedHistoricCases(db, {
    count: options.cases,
    now: options.now,
    calendar,
    ids,
    citizenUserId: accounts.get("citizen@answerable.local") ?? null,
  });
  await seedPetitions(db, {
    now: options.now,
    citizenUserId: accounts.get("citizen@answerable.local") ?? null,
    moderatorUserId: accounts.get("moderator@answerable.local") ?? null,
    category: ids.category,
    unit: ids.unit,
    district: ids.district,
  });
  return { cases };
}
