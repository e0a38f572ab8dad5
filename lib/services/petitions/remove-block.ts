import "server-only";
import { eq } from "drizzle-orm";
import { petitionBlocks } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "../context";
import { forgetSigningCaches } from "./signing-cache";

export async function removeBlock({ blockId }: { blockId: number }, _moderator: Actor, ctx: ServiceContext) {
  await ctx.db.delete(petitionBlocks).where(eq(petitionBlocks.id, blockId));
  forgetSigningCaches();
}
