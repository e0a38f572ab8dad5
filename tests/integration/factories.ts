import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { cases, categories, districts, units } from "@/db/schema";
import { formatCaseReference } from "@/lib/domain/cases/reference";
import type { CaseType } from "@/lib/domain/cases/vocabulary";
import { ensureReferenceSequence, nextReferenceNumber } from "@/lib/services/cases/reference-numbers";
import { appendEvent } from "@/lib/services/cases/transition";

const TEST_YEAR = 2099;

/** A case as filed, waiting for the dispatch centre. */
export async function createSubmittedCase(
  db: Database,
  options: { category?: string; district?: string; type?: CaseType; createdAt?: Date } = {},
) {
  const [category] = await db
    .select()
    .from(categories)
    .where(eq(categories.code, options.category ?? "water-quality"));
  const [district] = await db
    .select()
    .from(districts)
    .where(eq(districts.code, options.district ?? "d-dongcheng"));
  await ensureReferenceSequence(db, TEST_YEAR);
  return db.transaction(async (tx) => {
    const sequence = await nextReferenceNumber(tx, TEST_YEAR);
    const createdAt = options.createdAt ?? new Date();
    const [row] = await tx
      .insert(cases)
      .values({
        reference: formatCaseReference(TEST_YEAR, sequence),
        referenceYear: TEST_YEAR,
        referenceSequence: sequence,
        trackingCodeHash: createHash("sha256").update("TESTCODE").digest("hex"),
        type: options.type ?? "complaint",
        channel: "web",
        categoryId: category?.id ?? 0,
        districtId: district?.id ?? null,
        title: "Test case",
        description: "Filed by a test.",
        createdAt,
        updatedAt: createdAt,
      })
      .returning();
    if (!row) throw new Error("case not created");
    await appendEvent(tx, {
      caseId: row.id,
      event: "submit",
      fromStatus: null,
      toStatus: "submitted",
      actorUserId: null,
      actorRole: "citizen",
      unitId: null,
      note: null,
      isPublic: true,
      occurredAt: createdAt,
      data: null,
    });
    return row;
  });
}

export async function unitId(db: Database, code: string): Promise<number> {
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

// The per-state factories (a case awaiting reply, a replied case, an open campaign…) live in
// db/factories.ts, shared with the browser tests; this file keeps the raw set-ups that
// deliberately bypass the use cases (a case in the test year 2099, for the reference sequence).
export {
  actorFor,
  caseAwaitingReply,
  caseAwaitingSignFor,
  openCampaign,
  repliedCase,
  sessionActor,
  submittedCase,
} from "@/db/factories";
