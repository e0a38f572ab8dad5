import "server-only";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { transitionPetition } from "./petition-lifecycle";

/** The creator opens the draft to supporters: from now on the shared link lets them sign. */
export async function publishForSupport({ petitionId }: { petitionId: number }, creator: Actor, ctx: ServiceContext) {
  return transitionPetition(ctx, {
    petitionId,
    event: "publish_for_support",
    actorUserId: creator.id,
    apply: (row) => {
      if (row.creatorUserId !== creator.id) throw new AppError("not_found");
      return {};
    },
  });
}
