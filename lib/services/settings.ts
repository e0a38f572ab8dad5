import { z } from "zod";
import { type Queryable, getDb } from "@/db/client";
import { appSettings } from "@/db/schema";

// Deployment settings with their defaults (PRODUCT.md §3–5); an admin overrides them in app_settings.
const settingsSchema = z.object({
  feedbackWindowWorkingDays: z.number().int().min(1).max(30).default(5),
  rehandleLimit: z.number().int().min(0).max(5).default(2),
  problemCaseThreshold: z.number().int().min(1).max(10).default(3),
  minimumSample: z.number().int().min(1).max(1000).default(10),
  badRatingAnswerWorkingDays: z.number().int().min(1).max(60).default(15),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export async function loadSettings(db?: Queryable): Promise<Settings> {
  const rows = await (db ?? (await getDb())).select().from(appSettings);
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
