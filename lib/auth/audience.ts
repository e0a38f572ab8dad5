import "server-only";
import { type Permission, can } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import { type Actor, currentActor } from "./session";

/** Who may call an action or a route: anyone (guests too), any signed-in user, or holders of a permission. */
export type Audience = "anyone" | "signed_in" | Permission;
export type ActorFor<A extends Audience> = A extends "anyone" ? Actor | null : Actor;

/** The caller, checked against the audience: AppError("unauthenticated" | "forbidden") otherwise. */
export async function actorFor<A extends Audience>(audience: A): Promise<ActorFor<A>> {
  const actor = await currentActor();
  if (audience === "anyone") return actor as ActorFor<A>;
  if (!actor) throw new AppError("unauthenticated");
  if (audience !== "signed_in" && !can(actor.role, audience as Permission)) throw new AppError("forbidden");
  return actor as ActorFor<A>;
}
