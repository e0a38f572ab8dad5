import "server-only";
import { districts } from "@/db/schema";
import type { ServiceContext } from "@/lib/services/context";
import type { NamedCodeForm } from "@/lib/validation/admin-organisation";
import type { Actor } from "@/lib/domain/access/actor";
import { saveNamed } from "./reference-areas";

/** A district of the city: units and catalogue entries may be specific to one. */
export const saveDistrict = (input: NamedCodeForm, actor: Actor, ctx: ServiceContext) =>
  saveNamed(districts, "district", input, actor, ctx);
