import "server-only";
import { desc } from "drizzle-orm";
import type { Queryable } from "../client";
import { eventCheckpoints } from "../schema";

export interface PublishedCheckpoint {
  day: string;
  maxEventId: number;
  maxAuditId: number;
  caseChains: number;
  root: string;
  signature: string | null;
  publicKey: string | null;
}

/** The published daily checkpoints of the event logs, newest first. */
export async function publishedCheckpoints(db: Queryable, limit = 400): Promise<PublishedCheckpoint[]> {
  return db
    .select({
      day: eventCheckpoints.day,
      maxEventId: eventCheckpoints.maxEventId,
      maxAuditId: eventCheckpoints.maxAuditId,
      caseChains: eventCheckpoints.caseChains,
      root: eventCheckpoints.root,
      signature: eventCheckpoints.signature,
      publicKey: eventCheckpoints.publicKey,
    })
    .from(eventCheckpoints)
    .orderBy(desc(eventCheckpoints.day))
    .limit(limit);
}
