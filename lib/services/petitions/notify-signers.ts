import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { petitionSignatures, petitions } from "@/db/schema";
import { petitionMailTag } from "@/lib/domain/privacy/retention";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { type PetitionNews, newsMail } from "./petition-mail";
import { petitionUrl } from "./petition-lifecycle";

const BATCH = 1000;

/**
 * Mails every confirmed signer who asked to be told, in batches of outbox rows, through `ctx.db`:
 * pass the transaction of the change the news is about (`{ db: tx }`) to queue them with it.
 */
export async function notifySigners(
  ctx: { db: Queryable },
  petitionId: number,
  news: PetitionNews,
  baseUrl = env().appUrl,
): Promise<number> {
  const [petition] = await ctx.db
    .select({ title: petitions.title })
    .from(petitions)
    .where(eq(petitions.id, petitionId));
  if (!petition) return 0;
  const mail = newsMail(news, { title: petition.title, url: petitionUrl(baseUrl.replace(/\/+$/, ""), petitionId) });
  const signers = await ctx.db
    .select({ email: petitionSignatures.email })
    .from(petitionSignatures)
    .where(
      and(
        eq(petitionSignatures.petitionId, petitionId),
        eq(petitionSignatures.status, "validated"),
        eq(petitionSignatures.notify, true),
      ),
    );
  const addresses = [...new Set(signers.map((s) => s.email?.toLowerCase()).filter((e): e is string => Boolean(e)))];
  for (let i = 0; i < addresses.length; i += BATCH)
    await enqueueMail(
      ctx.db,
      addresses.slice(i, i + BATCH).map((to) => ({ to, ...mail, about: petitionMailTag(petitionId) })),
    );
  return addresses.length;
}
