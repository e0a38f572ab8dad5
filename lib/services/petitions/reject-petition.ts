import "server-only";
import type { Actor } from "@/lib/domain/access/actor";
import type { RejectionCode } from "@/lib/domain/petitions/lifecycle";
import type { ServiceContext } from "../context";
import { petitionUrl, transitionPetition } from "./petition-lifecycle";
import { tellCreator } from "./tell-creator";

export async function rejectPetition(
  input: { petitionId: number; code: RejectionCode; note: string },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const { petitionId } = input;
  const row = await transitionPetition(ctx, {
    petitionId,
    event: "reject",
    actorUserId: moderator.id,
    detail: input.code,
    apply: async (before, tx) => {
      await tellCreator(tx, before.creatorUserId, before.title, petitionUrl(ctx.appUrl, petitionId));
      return {
        moderatedAt: ctx.now,
        moderatorUserId: moderator.id,
        rejectionCode: input.code,
        rejectionNote: input.note || null,
      };
    },
  });
  return row;
}
