import "server-only";
import { categoryGroups } from "@/db/schema";
import type { ServiceContext } from "@/lib/services/context";
import type { NamedCodeForm } from "@/lib/validation/admin-organisation";
import type { Actor } from "@/lib/domain/access/actor";
import { saveNamed } from "./reference-areas";

/** A group of categories, as the filing form shows them. */
export const saveCategoryGroup = (input: NamedCodeForm, actor: Actor, ctx: ServiceContext) =>
  saveNamed(categoryGroups, "category_group", input, actor, ctx);
