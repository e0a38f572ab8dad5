import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { appSettings } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { type Settings, forgetSettings, loadSettings, settingsSchema } from "../settings";
import { recordAdminChange } from "./audit";

export const SETTINGS_AUDIT_SUBJECT = "settings";

/** Saves the deployment settings after checking them against their allowed ranges; logs before and after. */
export async function saveSettings(
  input: Partial<Settings>,
  actorUserId: string | null,
  db: Database,
  now = new Date(),
): Promise<Settings> {
  // A form may carry some of the settings (the petition settings have their own): the rest keep their values.
  forgetSettings(db);
  const parsed = settingsSchema.strict().safeParse({ ...(await loadSettings(db, now.getTime())), ...input });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(
        issue.code === "too_small" || issue.code === "too_big" ? "outOfRange" : "wholeNumber",
      );
    throw new AppError("validation", "settings out of range", fieldErrors);
  }
  const after = parsed.data;
  forgetSettings(db);
  await db.transaction(async (tx) => {
    const before = await loadSettings(tx, now.getTime());
    forgetSettings(tx);
    for (const [key, value] of Object.entries(after)) {
      await tx
        .insert(appSettings)
        .values({ key, value, updatedAt: now })
        .onConflictDoUpdate({ target: appSettings.key, set: { value: sql`excluded.value`, updatedAt: now } });
    }
    await recordAdminChange(tx, {
      actorUserId,
      action: "settings.update",
      subject: SETTINGS_AUDIT_SUBJECT,
      before,
      after,
      at: now,
    });
  });
  forgetSettings(db);
  return after;
}
