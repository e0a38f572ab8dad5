import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { Queryable } from "@/db/client";
import { caseContacts, cases } from "@/db/schema";
import { formatCaseReference } from "@/lib/domain/cases/reference";
import type { CaseActor, CaseRow } from "./transition";
import { appendEvent } from "./transition";
import { nextReferenceNumber } from "./reference-numbers";

// No 0/O, 1/I/L: the code is read from a screen or a letter and typed in again.
const TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const TRACKING_CODE_LENGTH = 8;

export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

export function hashTrackingCode(code: string): string {
  return createHash("sha256").update(code.trim().toUpperCase()).digest("hex");
}

/** Constant-time comparison of a typed code with the stored hash. */
export function trackingCodeMatches(code: string, storedHash: string): boolean {
  const given = Buffer.from(hashTrackingCode(code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

type CaseFields = Omit<
  typeof cases.$inferInsert,
  "id" | "reference" | "referenceYear" | "referenceSequence" | "trackingCodeHash"
>;

export interface NewCase {
  /** The reference year (the filing's local year); its sequence must exist (ensureReferenceSequence). */
  year: number;
  fields: CaseFields;
  /** The contact details, kept apart from the text (none for an anonymous or imported case). */
  contact: Omit<typeof caseContacts.$inferInsert, "caseId">;
  /** Who submitted it, when, and what the "submit" event records. */
  submit: { actor: CaseActor; at: Date; note?: string | null; data?: Record<string, unknown> | null };
}

export interface CreatedCase {
  row: CaseRow;
  reference: string;
  /** Shown once to whoever filed; only its hash is stored. */
  trackingCode: string;
  /** The hash of the "submit" event, where the case's event chain continues. */
  submitHash: string;
}

/**
 * The one way a case comes into being, inside the caller's transaction: the year's next reference,
 * a tracking code, the row, its contact row and the hash-chained "submit" event. Web and API
 * filing, operator intake (fileCase), a petition's response case and the historic import all
 * create cases here; what follows (routing, dispatch, the imported history) is theirs.
 */
export async function createCase(tx: Queryable, draft: NewCase): Promise<CreatedCase> {
  const sequence = await nextReferenceNumber(tx, draft.year);
  const reference = formatCaseReference(draft.year, sequence);
  const trackingCode = generateTrackingCode();
  const [row] = await tx
    .insert(cases)
    .values({
      ...draft.fields,
      reference,
      referenceYear: draft.year,
      referenceSequence: sequence,
      trackingCodeHash: hashTrackingCode(trackingCode),
    })
    .returning();
  if (!row) throw new Error("case insert returned no row");
  await tx.insert(caseContacts).values({ ...draft.contact, caseId: row.id });
  const submitHash = await appendEvent(
    tx,
    {
      caseId: row.id,
      event: "submit",
      fromStatus: null,
      toStatus: "submitted",
      actorUserId: draft.submit.actor.userId,
      actorRole: draft.submit.actor.role,
      unitId: null,
      note: draft.submit.note ?? null,
      isPublic: true,
      occurredAt: draft.submit.at,
      data: draft.submit.data ?? null,
    },
    null,
  );
  return { row, reference, trackingCode, submitHash };
}
