import "server-only";
import { verify } from "node:crypto";
import { and, asc, eq, gt, or } from "drizzle-orm";
import { firstBrokenAuditLink } from "@/db/audit-chain";
import type { Queryable } from "@/db/client";
import { adminAuditLog, caseEvents, cases, eventCheckpoints } from "@/db/schema";
import { eventHash } from "@/lib/services/cases/event-hash";
import { RootBuilder } from "./chain-heads";
import { publicKeyObject } from "./signing-key";

export type BrokenLink =
  | { kind: "case_event"; caseId: number; reference: string | null; eventId: number }
  | { kind: "audit_row"; auditId: number }
  | { kind: "checkpoint"; day: string; reason: "root" | "signature" | "unsigned" | "key" };

export interface VerificationReport {
  caseChains: number;
  events: number;
  auditRows: number;
  checkpoints: number;
  broken: BrokenLink | null;
}

const BATCH = 5000;

type Checkpoint = typeof eventCheckpoints.$inferSelect;

/**
 * Walks every case's event chain and the admin audit chain, then recomputes each published
 * checkpoint's root from the events it covered and checks its signature. Stops at the first
 * broken link. Reads in keyset batches, so a million cases need no more memory than one batch.
 */
export async function verifyEventLogs(
  db: Queryable,
  options: { expectedPublicKey?: string | null; requireSignatures?: boolean } = {},
): Promise<VerificationReport> {
  const checkpoints = await db.select().from(eventCheckpoints).orderBy(asc(eventCheckpoints.day));
  const roots = checkpoints.map(() => new RootBuilder());
  const report: VerificationReport = {
    caseChains: 0,
    events: 0,
    auditRows: 0,
    checkpoints: checkpoints.length,
    broken: null,
  };

  interface Chain {
    caseId: number;
    prev: string | null;
    heads: (string | null)[];
  }
  let current: Chain | null = null as Chain | null;
  const closeCase = (chain: Chain | null) => {
    if (!chain) return;
    report.caseChains += 1;
    chain.heads.forEach((head, index) => head && roots[index]?.addCase(chain.caseId, head));
  };
  let after: { caseId: number; id: number } | null = null;
  for (;;) {
    const batch = await db
      .select()
      .from(caseEvents)
      .where(
        after
          ? or(
              gt(caseEvents.caseId, after.caseId),
              and(eq(caseEvents.caseId, after.caseId), gt(caseEvents.id, after.id)),
            )
          : undefined,
      )
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.id))
      .limit(BATCH);
    for (const event of batch) {
      if (current?.caseId !== event.caseId) {
        closeCase(current);
        current = { caseId: event.caseId, prev: null, heads: checkpoints.map(() => null) };
      }
      const chain: Chain = current;
      if (event.prevHash !== chain.prev || eventHash(chain.prev, event) !== event.hash) {
        const [row] = await db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, event.caseId));
        report.broken = {
          kind: "case_event",
          caseId: event.caseId,
          reference: row?.reference ?? null,
          eventId: event.id,
        };
        return report;
      }
      chain.prev = event.hash;
      checkpoints.forEach((checkpoint, index) => {
        if (event.id <= checkpoint.maxEventId) chain.heads[index] = event.hash;
      });
      report.events += 1;
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) break;
    after = { caseId: last.caseId, id: last.id };
  }
  closeCase(current);

  const audit = await db.select().from(adminAuditLog).orderBy(asc(adminAuditLog.id));
  const brokenAudit = firstBrokenAuditLink(audit);
  report.auditRows = audit.length;
  if (brokenAudit >= 0) {
    report.broken = { kind: "audit_row", auditId: audit[brokenAudit]?.id ?? 0 };
    return report;
  }

  for (const [index, checkpoint] of checkpoints.entries()) {
    const auditHead = audit.filter((row) => row.id <= checkpoint.maxAuditId).at(-1)?.hash ?? null;
    const { root, caseChains } = roots[index]!.finish(auditHead);
    const problem = checkpointProblem(checkpoint, root, caseChains, options);
    if (problem) {
      report.broken = { kind: "checkpoint", day: checkpoint.day, reason: problem };
      return report;
    }
  }
  return report;
}

function checkpointProblem(
  checkpoint: Checkpoint,
  root: string,
  caseChains: number,
  options: { expectedPublicKey?: string | null; requireSignatures?: boolean },
): "root" | "signature" | "unsigned" | "key" | null {
  if (root !== checkpoint.root || caseChains !== checkpoint.caseChains) return "root";
  if (!checkpoint.signature || !checkpoint.publicKey) return options.requireSignatures ? "unsigned" : null;
  if (options.expectedPublicKey && options.expectedPublicKey !== checkpoint.publicKey) return "key";
  const valid = verify(
    null,
    Buffer.from(checkpoint.root, "utf8"),
    publicKeyObject(checkpoint.publicKey),
    Buffer.from(checkpoint.signature, "base64url"),
  );
  return valid ? null : "signature";
}
