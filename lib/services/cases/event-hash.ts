import "server-only";
import { createHash } from "node:crypto";
import { canonical } from "@/lib/domain/integrity/canonical-json";

export interface HashedEventFields {
  caseId: number;
  event: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string | null;
  actorRole: string;
  unitId: number | null;
  note: string | null;
  isPublic: boolean;
  occurredAt: Date;
  data: Record<string, unknown> | null;
}

/**
 * Each event's hash covers its content and the previous event's hash of the same case, so
 * any edit or removal in the middle of a timeline breaks every hash after it (docs/rules.md#security).
 */
export function eventHash(prevHash: string | null, fields: HashedEventFields): string {
  const text = JSON.stringify([
    prevHash,
    fields.caseId,
    fields.event,
    fields.fromStatus,
    fields.toStatus,
    fields.actorUserId,
    fields.actorRole,
    fields.unitId,
    fields.note,
    fields.isPublic,
    fields.occurredAt.toISOString(),
    canonical(fields.data),
  ]);
  return createHash("sha256").update(text).digest("hex");
}

/** Index of the first event whose hash does not match its content and predecessor, or -1. */
export function firstBrokenLink(
  events: readonly (HashedEventFields & { prevHash: string | null; hash: string })[],
): number {
  let prev: string | null = null;
  for (const [index, event] of events.entries()) {
    if (event.prevHash !== prev || eventHash(prev, event) !== event.hash) return index;
    prev = event.hash;
  }
  return -1;
}
