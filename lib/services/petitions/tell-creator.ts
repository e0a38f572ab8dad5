import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import { newsMail } from "./petition-mail";

/** Queued in the moderation's transaction. */
export async function tellCreator(tx: Queryable, creatorUserId: string, title: string, url: string) {
  const [creator] = await tx.select({ email: users.email }).from(users).where(eq(users.id, creatorUserId));
  if (creator) await enqueueMail(tx, { to: creator.email, ...newsMail("moderated", { title, url }) });
}
