import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { categories, petitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { PetitionDraft } from "@/lib/validation/petitions";
import type { ServiceContext } from "../context";
import { newShareToken } from "./petition-lifecycle";

/** A new draft, owned by its signed-in creator. Only the creator sees it until it gathers supporters. */
export async function createPetition(
  draft: PetitionDraft,
  creator: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  const [category] = await ctx.db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, draft.categoryId), eq(categories.active, true)));
  if (!category) throw new AppError("validation", "unknown category", { categoryId: ["invalid"] });
  if (draft.showCreatorName && !draft.creatorName)
    throw new AppError("validation", "name to show", { creatorName: ["required"] });
  const [row] = await ctx.db
    .insert(petitions)
    .values({
      title: draft.title,
      action: draft.action,
      background: draft.background,
      categoryId: draft.categoryId,
      creatorUserId: creator.id,
      showCreatorName: draft.showCreatorName,
      creatorName: draft.showCreatorName ? draft.creatorName : null,
      shareToken: newShareToken(),
      supportersRequired: ctx.settings.petitionSupportersRequired,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: petitions.id });
  if (!row) throw new Error("petition insert returned no row");
  return row;
}

export interface SimilarPetition {
  id: number;
  title: string;
  signatureCount: number;
}

/** Up to five open petitions like the one about to be written (pg_trgm on the title, then the request). */
export async function findSimilarOpenPetitions(text: string, db: Queryable, limit = 5): Promise<SimilarPetition[]> {
  const subject = text.trim();
  if (!subject) return [];
  const score = sql<number>`greatest(similarity(${petitions.title}, ${subject}), word_similarity(${subject}, ${petitions.action}))`;
  return db
    .select({ id: petitions.id, title: petitions.title, signatureCount: petitions.signatureCount })
    .from(petitions)
    .where(and(inArray(petitions.status, ["open"]), sql`${score} > 0.2`))
    .orderBy(desc(score), desc(petitions.signatureCount))
    .limit(limit);
}
