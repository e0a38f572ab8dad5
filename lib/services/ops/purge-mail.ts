import "server-only";
import { lt } from "drizzle-orm";
import { mailOutbox } from "@/db/schema";
import { retentionCutoff } from "@/lib/domain/privacy/retention";
import { env } from "@/lib/env";
import type { ServiceContext } from "../context";

/** Deletes outbox messages older than the retention period, delivered or not; returns how many. */
export async function purgeMailOutbox(
  ctx: Pick<ServiceContext, "db" | "now">,
  days: number = env().MAIL_RETENTION_DAYS,
): Promise<number> {
  const purged = await ctx.db
    .delete(mailOutbox)
    .where(lt(mailOutbox.createdAt, retentionCutoff(ctx.now, days)))
    .returning({ id: mailOutbox.id });
  return purged.length;
}
