import "server-only";
import { z } from "zod";
import { type Queryable, getDb } from "@/db/client";
import { appSettings } from "@/db/schema";
import { createCache } from "./cache";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";

// Deployment settings with their defaults (docs/rules.md#lifecycle, #feedback, #metrics); an admin overrides them in
// app_settings.
export const settingsSchema = z.object({
  feedbackWindowWorkingDays: z.number().int().min(1).max(30).default(5),
  rehandleLimit: z.number().int().min(0).max(5).default(2),
  problemCaseThreshold: z.number().int().min(1).max(10).default(3),
  minimumSample: z.number().int().min(1).max(1000).default(10),
  badRatingAnswerWorkingDays: z.number().int().min(1).max(60).default(15),
  // Petitions (docs/rules.md#petitions)
  petitionSupportersRequired: z.number().int().min(1).max(100).default(5),
  petitionResponseThreshold: z.number().int().min(1).max(10_000_000).default(10_000),
  petitionDebateThreshold: z.number().int().min(1).max(10_000_000).default(100_000),
  petitionOpenMonths: z.number().int().min(1).max(24).default(6),
  petitionResponseWorkingDays: z.number().int().min(1).max(120).default(20),
  petitionModerationWorkingDays: z.number().int().min(1).max(30).default(5),
  petitionCountIntervalSeconds: z.number().int().min(1).max(300).default(5),
  // Imports (docs/imports.md): the first local day of the live system, "YYYY-MM-DD"; historic
  // cases dated on or after it are refused. Null: not set (only the open month is refused).
  goLiveDate: z.string().refine(isIsoDate, "badDate").nullable().default(null),
  // The accountability ledger (docs/supervision.md#accountability-ledger): officials' names public or not.
  publishOfficialNames: z.boolean().default(false),
  // Filing (docs/maps.md#nearby-duplicates): open cases of the same category within this many metres of the pin are offered.
  nearbyDuplicateMetres: z.number().int().min(10).max(5000).default(250),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

const cache = createCache<"all", Settings>({ name: "settings", ttlMs: 60_000 });

/** The settings in force, cached for a minute per database: an admin's change shows within that time. */
export async function loadSettings(db?: Queryable, now = Date.now()): Promise<Settings> {
  const database = db ?? (await getDb());
  return cache.get(
    database,
    "all",
    async () => {
      const rows = await database.select().from(appSettings);
      const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
      const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
      return parsed.success ? parsed.data : DEFAULT_SETTINGS;
    },
    { now },
  );
}

/** Drops the cached settings, so an admin's change applies at once on this server. */
export function forgetSettings(db: Queryable): void {
  cache.forget(db);
}
