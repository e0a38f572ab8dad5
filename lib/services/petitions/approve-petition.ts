import "server-only";
import { eq } from "drizzle-orm";
import { units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { petitionUrl, transitionPetition } from "./petition-lifecycle";
import { tellCreator } from "./tell-creator";

/** Opens the petition for signing for the configured months and names the unit that must answer. */
export async function approvePetition(
  input: { petitionId: number; responsibleUnitId: number },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const { petitionId } = input;
  const [unit] = await ctx.db
    .select({ id: units.id, active: units.active })
    .from(units)
    .where(eq(units.id, input.responsibleUnitId));
  if (!unit?.active) throw new AppError("validation", "inactive or unknown unit", { responsibleUnitId: ["invalid"] });
  const row = await transitionPetition(ctx, {
    petitionId,
    event: "approve",
    actorUserId: moderator.id,
    apply: async (before, tx) => {
      await tellCreator(tx, before.creatorUserId, before.title, petitionUrl(ctx.appUrl, petitionId));
      const closesAt = new Date(ctx.now);
      closesAt.setUTCMonth(closesAt.getUTCMonth() + ctx.settings.petitionOpenMonths);
      return {
        moderatedAt: ctx.now,
        moderatorUserId: moderator.id,
        responsibleUnitId: unit.id,
        openedAt: ctx.now,
        closesAt,
        countedAt: null,
      };
    },
  });
  return row;
}
