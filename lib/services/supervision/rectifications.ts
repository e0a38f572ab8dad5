import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rectifications } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import {
  type RectificationAction,
  mayActOnRectification,
  nextRectificationStatus,
} from "@/lib/domain/supervision/rectifications";
import { AppError } from "@/lib/errors";

// What the use cases of rectifications (docs/supervision.md#rectification) share.

export type RectificationRow = typeof rectifications.$inferSelect;

/** The rectification, locked for this transaction, once the actor may take this action on it. */
export async function rectificationForAction(
  tx: Queryable,
  id: number,
  actor: Actor,
  action: RectificationAction,
): Promise<RectificationRow & { next: NonNullable<ReturnType<typeof nextRectificationStatus>> }> {
  const [row] = await tx.select().from(rectifications).where(eq(rectifications.id, id)).for("update");
  if (!row) throw new AppError("not_found");
  // Another unit may not learn of it from the desk (the public page shows it anyway, without ids).
  if ((action === "file_plan" || action === "report") && actor.unitId !== row.unitId) throw new AppError("not_found");
  const next = nextRectificationStatus(row.status, action);
  if (next === null) throw new AppError("invalid_transition");
  if (!mayActOnRectification(actor, row, action)) throw new AppError("forbidden");
  return { ...row, next };
}
