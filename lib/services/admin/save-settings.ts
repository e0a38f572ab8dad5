import "server-only";
import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { appSettings, cases } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { IsoDate } from "@/lib/domain/calendar/working-calendar";
import { AppError } from "@/lib/errors";
import { loadCalendar } from "../calendar/load-calendar";
import type { ServiceContext } from "../context";
import { type Settings, forgetSettings, loadSettings, settingsSchema } from "../settings";
import { recordAdminChange } from "./audit";
import { SETTINGS_AUDIT_SUBJECT } from "./settings";

/** Saves the deployment settings after checking them against their allowed ranges; logs before and after. */
export async function saveSettings(input: Partial<Settings>, actor: Actor, ctx: ServiceContext): Promise<Settings> {
  const { db, now } = ctx;
  // A form may carry some of the settings (the petition settings have their own): the rest keep their values.
  forgetSettings(db);
  const parsed = settingsSchema.strict().safeParse({ ...(await loadSettings(db, now.getTime())), ...input });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      (fieldErrors[field] ??= []).push(
        field === "goLiveDate"
          ? "badDate"
          : issue.code === "too_small" || issue.code === "too_big"
            ? "outOfRange"
            : "wholeNumber",
      );
    }
    throw new AppError("validation", "settings out of range", fieldErrors);
  }
  const after = parsed.data;
  forgetSettings(db);
  await db.transaction(async (tx) => {
    const before = await loadSettings(tx, now.getTime());
    forgetSettings(tx);
    if (after.goLiveDate !== null && after.goLiveDate !== before.goLiveDate)
      await assertNoImportOnOrAfter(tx, after.goLiveDate);
    for (const [key, value] of Object.entries(after)) {
      // A setting cleared (the go-live date) is no row: its default, null, applies.
      if (value === null) {
        await tx.delete(appSettings).where(eq(appSettings.key, key));
        continue;
      }
      await tx
        .insert(appSettings)
        .values({ key, value, updatedAt: now })
        .onConflictDoUpdate({ target: appSettings.key, set: { value: sql`excluded.value`, updatedAt: now } });
    }
    await recordAdminChange(tx, {
      actorUserId: actor.id,
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

/**
 * A go-live date may not be moved to or before a date of a case already imported: imported
 * cases lie wholly before go-live (docs/imports.md), and the figures after it are the live system's.
 */
async function assertNoImportOnOrAfter(tx: Queryable, goLive: IsoDate): Promise<void> {
  const from = (await loadCalendar(tx)).startOfLocalDay(goLive);
  const last = sql`greatest(${cases.createdAt}, ${cases.repliedAt}, ${cases.closedAt})`;
  const [later] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(isNotNull(cases.importedAt), gte(last, sql`${from.toISOString()}::timestamptz`)))
    .limit(1);
  if (later) throw new AppError("validation", "go-live before imported cases", { goLiveDate: ["goLiveBeforeImports"] });
}
