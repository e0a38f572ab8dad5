import "server-only";
import { and, asc, desc, eq, gt, isNotNull, lt, lte, max } from "drizzle-orm";
import { adminAuditLog, caseEvents, eventCheckpoints } from "@/db/schema";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { ServiceContext } from "@/lib/services/context";
import { RootBuilder } from "./chain-heads";
import { privateKeyFrom, signRoot } from "./signing-key";

// A checkpoint covers what was committed well before it is taken: an event whose transaction is
// still open when the checkpoint reads could otherwise commit later with a smaller id.
const SETTLE_MS = 10 * 60_000;
const BATCH = 5000;

/**
 * Today's checkpoint (the city's local date), once: the heads of every case's event chain and of
 * the audit chain, hashed into one root and signed with CHECKPOINT_SIGNING_KEY when it is set.
 * Idempotent: a second run on the same day changes nothing.
 */
export async function writeDailyCheckpoint(
  ctx: ServiceContext,
  options: { signingKey?: string } = { signingKey: env().CHECKPOINT_SIGNING_KEY },
): Promise<"written" | "exists"> {
  const { db, now, calendar } = ctx;
  const day = calendar.localDate(now);
  const [existing] = await db
    .select({ id: eventCheckpoints.id })
    .from(eventCheckpoints)
    .where(eq(eventCheckpoints.day, day));
  if (existing) return "exists";
  const settled = new Date(now.getTime() - SETTLE_MS);
  const [events] = await db
    .select({ id: max(caseEvents.id) })
    .from(caseEvents)
    .where(lt(caseEvents.occurredAt, settled));
  const [audit] = await db
    .select({ id: adminAuditLog.id, hash: adminAuditLog.hash })
    .from(adminAuditLog)
    .where(and(lt(adminAuditLog.occurredAt, settled), isNotNull(adminAuditLog.hash)))
    .orderBy(desc(adminAuditLog.id))
    .limit(1);
  const maxEventId = events?.id ?? 0;
  const root = new RootBuilder();
  let afterCase = 0;
  for (;;) {
    // The last event of each case up to maxEventId, a batch of cases at a time.
    const heads = await db
      .selectDistinctOn([caseEvents.caseId], { caseId: caseEvents.caseId, hash: caseEvents.hash })
      .from(caseEvents)
      .where(and(lte(caseEvents.id, maxEventId), gt(caseEvents.caseId, afterCase)))
      .orderBy(asc(caseEvents.caseId), desc(caseEvents.id))
      .limit(BATCH);
    for (const head of heads) root.addCase(head.caseId, head.hash);
    const last = heads.at(-1);
    if (!last || heads.length < BATCH) break;
    afterCase = last.caseId;
  }
  const { root: hash, caseChains } = root.finish(audit?.hash ?? null);
  const key = options.signingKey;
  const signed = key ? signRoot(hash, privateKeyFrom(key)) : { signature: null, publicKey: null };
  const inserted = await db
    .insert(eventCheckpoints)
    .values({ day, maxEventId, maxAuditId: audit?.id ?? 0, caseChains, root: hash, ...signed })
    .onConflictDoNothing({ target: eventCheckpoints.day })
    .returning({ id: eventCheckpoints.id });
  if (inserted.length === 0) return "exists";
  log.info({ job: "checkpoint", day, caseChains, signed: Boolean(key) }, "wrote the daily event-log checkpoint");
  return "written";
}
