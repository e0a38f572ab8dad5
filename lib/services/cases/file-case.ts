import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/client";
import { filingTargetsExist, listUnitStaffEmails } from "@/db/queries/filing";
import { caseAttachments, cases } from "@/db/schema";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { routeCase } from "@/lib/domain/cases/routing";
import { AppError } from "@/lib/errors";
import { queueDispatchNotice, queueFilingReceipt, queueFilingReceiptSms } from "@/lib/mail/filing-mail";
import type { CaseFiling, OperatorChannel } from "@/lib/validation/case-filing";
import { MAX_PHOTOS, type ProcessedPhoto } from "../attachments/process-photo";
import type { ServiceContext } from "../context";
import { districtOfPoint } from "../areas/district-of-point";
import { cachedCatalogueEntries } from "../routing-cache";
import { dispatchInTransaction } from "./dispatch-case";
import { ensureReferenceSequence } from "./reference-numbers";
import { SYSTEM_ACTOR } from "./transition";
import { createCase, trackingCodeMatches } from "./create-case";

/** The case a guest proves by reference and tracking code, or null (never saying which was wrong). */
export async function findCaseByProof(db: Queryable, reference: string, trackingCode: string) {
  const [row] = await db
    .select({ id: cases.id, reference: cases.reference, trackingCodeHash: cases.trackingCodeHash })
    .from(cases)
    .where(eq(cases.reference, reference.trim().toUpperCase()));
  // Hash even when no case matched, so the time taken does not tell which part was wrong.
  const matches = trackingCodeMatches(trackingCode, row?.trackingCodeHash ?? "0".repeat(64));
  return row && matches ? { id: row.id, reference: row.reference } : null;
}

export interface Filer {
  userId: string | null;
  /** null: a guest. */
  role: "citizen" | "operator" | null;
  /** The transport a citizen or guest filed through: the web form unless an API or app says otherwise. */
  channel?: "web" | "api" | "mobile";
}

export type FileCaseInput = CaseFiling & {
  /** Only operators choose the channel (a caller's phone call, letter, visit or email); citizens file on the web. */
  channel?: OperatorChannel;
  photos?: readonly ProcessedPhoto[];
};

export interface FileCaseResult {
  caseId: number;
  reference: string;
  /** Shown once: null when the same filing was submitted again, because only its hash is stored. */
  trackingCode: string | null;
  duplicate: boolean;
  autoDispatched: boolean;
}

/** The notices a filing causes, queued in its transaction; the default queues mail or SMS, tests pass their own. */
export interface FilingNotice {
  reference: string;
  title: string;
  trackingCode: string;
  citizenEmail: string | null;
  /** The receipt goes by text message only when the citizen gave a phone number and no email. */
  citizenPhone: string | null;
  leadUnitId: number | null;
}
export type FilingNotifier = (notice: FilingNotice, tx: Queryable, ctx: ServiceContext) => Promise<void>;

/**
 * Files a case: reference and tracking code, contact details apart from the text, photos, the
 * "submit" event, and — when the dispatch catalogue names one unit — auto-dispatch, all in one
 * transaction. Submitting the same form twice (same idempotency key) returns the first case.
 */
export async function fileCase(
  input: FileCaseInput,
  filer: Filer,
  ctx: ServiceContext,
  notify: FilingNotifier = mailFilingNotice,
): Promise<FileCaseResult> {
  // A repeated submission is found by the unique idempotency key when it is inserted (below).
  if ((input.photos?.length ?? 0) > MAX_PHOTOS)
    throw new AppError("validation", "too many photos", { photos: ["tooManyPhotos"] });
  const accusedUnitId = input.accusedUnitId ?? null;
  // The schema refuses this too; a service called some other way refuses it the same.
  if (accusedUnitId !== null && input.type !== "report")
    throw new AppError("validation", "only a report accuses a unit", { accusedUnitId: ["accusedOnlyOnReports"] });
  const districtId = input.districtId ?? (await districtFromPin(input, ctx));
  const located = { ...input, districtId };
  const { categoryOk, districtOk, accusedUnitOk } = await filingTargetsExist(
    ctx.db,
    input.categoryId,
    districtId,
    accusedUnitId,
  );
  if (!categoryOk || !districtOk || !accusedUnitOk) {
    throw new AppError("validation", "unknown category, district or unit", {
      ...(categoryOk ? {} : { categoryId: ["invalid"] }),
      ...(districtOk ? {} : { districtId: ["invalid"] }),
      ...(accusedUnitOk ? {} : { accusedUnitId: ["invalid"] }),
    });
  }

  let created: { caseId: number; reference: string; trackingCode: string; leadUnitId: number | null };
  try {
    const year = Number(ctx.calendar.localDate(ctx.now).slice(0, 4));
    await ensureReferenceSequence(ctx.db, year);
    // The receipt and the unit's notice are queued in the same transaction: no case, no notice.
    created = await ctx.db.transaction(async (tx) => {
      const made = await insertCase(tx, located, filer, ctx, year);
      await notify(
        {
          reference: made.reference,
          title: input.title,
          trackingCode: made.trackingCode,
          citizenEmail: input.email ?? null,
          citizenPhone: input.phone ?? null,
          leadUnitId: made.leadUnitId,
        },
        tx,
        ctx,
      );
      return made;
    });
  } catch (error) {
    // Two submissions of one form raced: the loser finds the winner's case.
    if (isUniqueViolation(error)) {
      const winner = await findByIdempotencyKey(ctx.db, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }

  return {
    caseId: created.caseId,
    reference: created.reference,
    trackingCode: created.trackingCode,
    duplicate: false,
    autoDispatched: created.leadUnitId !== null,
  };
}

/**
 * No district chosen: the one whose imported area holds the pin (docs/maps.md#areas). A pin in no
 * area, or in two, is refused next to the district field, so the citizen chooses it.
 */
async function districtFromPin(input: FileCaseInput, ctx: ServiceContext): Promise<number> {
  if (input.latitude !== undefined && input.longitude !== undefined) {
    const found = await districtOfPoint(ctx.db, { latitude: input.latitude, longitude: input.longitude });
    if (found.kind === "found") return found.districtId;
    throw new AppError("validation", "no district holds the pin", { districtId: ["districtFromPin"] });
  }
  throw new AppError("validation", "district required", { districtId: ["required"] });
}

async function insertCase(
  tx: Transaction,
  input: FileCaseInput & { districtId: number },
  filer: Filer,
  ctx: ServiceContext,
  year: number,
) {
  const { now, calendar } = ctx;
  const channel = filer.role === "operator" ? (input.channel ?? "phone") : (filer.channel ?? "web");
  // An anonymous filer's contact is not kept, so it could not redact the text later: whatever of
  // it they typed into the title or description is removed now (docs/security.md).
  const redact = input.anonymous ? redactorFor(input) : (text: string) => text;
  const accusedUnitId = input.accusedUnitId ?? null;

  const { row, reference, trackingCode, submitHash } = await createCase(tx, {
    year,
    fields: {
      idempotencyKey: input.idempotencyKey,
      type: input.type,
      channel,
      status: "submitted",
      categoryId: input.categoryId,
      districtId: input.districtId,
      street: input.street ?? null,
      title: redact(input.title),
      description: redact(input.description),
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      // A report that accuses a unit is never published.
      mayPublish: accusedUnitId === null && input.mayPublish,
      anonymous: input.anonymous,
      accusedUnitId,
      citizenUserId: filer.role === "citizen" ? filer.userId : null,
      createdAt: now,
      updatedAt: now,
    },
    // Anonymous: no name, phone or address is kept (the email, if any, only carries the receipt).
    contact: {
      name: input.anonymous ? null : (input.name ?? null),
      phone: input.anonymous ? null : (input.phone ?? null),
      email: input.anonymous ? null : (input.email?.toLowerCase() ?? null),
      address: input.anonymous ? null : (input.address ?? null),
    },
    submit: {
      actor: { userId: filer.userId, role: filer.role ?? "citizen", unitId: null },
      at: now,
      data: { channel },
    },
  });
  if (input.photos?.length) {
    await tx.insert(caseAttachments).values(
      input.photos.map((photo) => ({
        caseId: row.id,
        contentType: photo.contentType,
        width: photo.width,
        height: photo.height,
        byteSize: photo.bytes.byteLength,
        content: photo.bytes,
        createdAt: now,
      })),
    );
  }

  // Inquiries wait in the dispatch centre's queue: most are answered there from the knowledge base.
  if (input.type === "inquiry") return { caseId: row.id, reference, trackingCode, leadUnitId: null };
  const decision = routeCase(
    await cachedCatalogueEntries(ctx.db, input.categoryId, tx),
    { categoryId: input.categoryId, districtId: input.districtId, accusedUnitId },
    calendar.localDate(now),
  );
  // Unroutable, ambiguous, or naming the unit a report accuses: the dispatch desk decides.
  if (decision.kind !== "route") return { caseId: row.id, reference, trackingCode, leadUnitId: null };
  await dispatchInTransaction(
    tx,
    {
      caseId: row.id,
      event: "auto_dispatch",
      actor: SYSTEM_ACTOR,
      leadUnitId: decision.entry.leadUnitId,
      coUnitIds: decision.entry.coUnitIds,
    },
    ctx,
    // A new case, routed by the catalogue: its units were checked active and it has no co-units yet.
    { newCaseFromCatalogue: true, prevHash: submitHash, lockedRow: row },
  );
  return { caseId: row.id, reference, trackingCode, leadUnitId: decision.entry.leadUnitId };
}

async function findByIdempotencyKey(db: Queryable, key: string): Promise<FileCaseResult | null> {
  const [row] = await db
    .select({ id: cases.id, reference: cases.reference, leadUnitId: cases.leadUnitId })
    .from(cases)
    .where(eq(cases.idempotencyKey, key));
  return row
    ? {
        caseId: row.id,
        reference: row.reference,
        trackingCode: null,
        duplicate: true,
        autoDispatched: row.leadUnitId !== null,
      }
    : null;
}

function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/** The default notifier: the citizen's receipt (mail, else SMS), and the lead unit's staff on auto-dispatch. */
export const mailFilingNotice: FilingNotifier = async (notice, tx) => {
  const receipt = {
    reference: notice.reference,
    trackingCode: notice.trackingCode,
    trackPath: `/track/${notice.reference}`,
  };
  if (notice.citizenEmail) await queueFilingReceipt(tx, notice.citizenEmail, receipt);
  else if (notice.citizenPhone) await queueFilingReceiptSms(tx, notice.citizenPhone, receipt);
  if (notice.leadUnitId !== null) {
    const staff = await listUnitStaffEmails(tx, notice.leadUnitId);
    await queueDispatchNotice(tx, staff, {
      reference: notice.reference,
      title: notice.title,
      casePath: `/cases/${notice.reference}`,
    });
  }
};
