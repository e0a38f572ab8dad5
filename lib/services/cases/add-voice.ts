import "server-only";
import { and, eq } from "drizzle-orm";
import { caseVoices, cases } from "@/db/schema";
import { isOpen } from "@/lib/domain/cases/lifecycle";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";

export interface AddVoiceResult {
  reference: string;
  /** A signed-in citizen who had already added their voice is counted once. */
  alreadyAdded: boolean;
}

/**
 * "Me too": a citizen adds their voice to an open, published case instead of filing a
 * duplicate. The case's status does not change. Guests are counted each time (no identity).
 */
export async function addVoice(
  reference: string,
  citizen: { userId: string | null },
  ctx: ServiceContext,
): Promise<AddVoiceResult> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: cases.id, reference: cases.reference, status: cases.status, mayPublish: cases.mayPublish })
      .from(cases)
      .where(eq(cases.reference, reference.trim().toUpperCase()))
      .for("update");
    // Unpublished cases are not offered to others, so they are not found here either.
    if (!row || !row.mayPublish) throw new AppError("not_found");
    if (!isOpen(row.status)) throw new AppError("invalid_transition", `no voices on a ${row.status} case`);
    if (citizen.userId) {
      const [mine] = await tx
        .select({ id: caseVoices.id })
        .from(caseVoices)
        .where(and(eq(caseVoices.caseId, row.id), eq(caseVoices.citizenUserId, citizen.userId)));
      if (mine) return { reference: row.reference, alreadyAdded: true };
    }
    await tx.insert(caseVoices).values({ caseId: row.id, citizenUserId: citizen.userId, createdAt: ctx.now });
    return { reference: row.reference, alreadyAdded: false };
  });
}
