import "server-only";
import { petitionBlocks } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { isValidRange } from "@/lib/domain/petitions/block-list";
import type { BlockKind } from "@/lib/domain/petitions/lifecycle";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { forgetSigningCaches } from "./signing-cache";

export async function addBlock(
  input: { kind: BlockKind; pattern: string; note: string | null },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const pattern = input.pattern.trim().toLowerCase();
  const valid =
    input.kind === "ip_range"
      ? isValidRange(pattern)
      : input.kind === "domain"
        ? /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(pattern)
        : /^[^@\s]+@[^@\s]+$/.test(pattern);
  if (!valid) throw new AppError("validation", "bad pattern", { pattern: ["badPattern"] });
  await ctx.db
    .insert(petitionBlocks)
    .values({ kind: input.kind, pattern, note: input.note, createdByUserId: moderator.id, createdAt: ctx.now })
    .onConflictDoNothing();
  forgetSigningCaches();
}
