"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { saveKnowledgeEntry, setKnowledgeEntryActive } from "@/lib/services/knowledge/knowledge-base";
import { knowledgeEntrySchema } from "@/lib/validation/admin-people";
import { idSchema } from "@/lib/validation/common";

/** Bound to the entry being edited, or to null for a new one. */
export const saveKnowledgeEntryAction = formAction({
  audience: "admin.manage",
  bind: ["id"],
  schema: knowledgeEntrySchema.extend({ id: idSchema.nullable() }),
  errors: "adminPeople.errors",
  act: (input, actor, ctx) => saveKnowledgeEntry(ctx.db, input, actor),
  done: (saved) => `/admin/knowledge?edit=${saved.id}&done=saved`,
});

export const setKnowledgeEntryActiveAction = formAction({
  audience: "admin.manage",
  bind: ["id", "active"],
  schema: z.object({ id: idSchema, active: z.boolean() }),
  act: (input, actor, ctx) => setKnowledgeEntryActive(ctx.db, input, actor),
  done: (_, input) => `/admin/knowledge?edit=${input.id}&done=${input.active ? "restored" : "withdrawn"}`,
});
