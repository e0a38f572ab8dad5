"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/session";
import { saveKnowledgeEntry, setKnowledgeEntryActive } from "@/lib/services/knowledge/knowledge-base";
import { knowledgeEntrySchema } from "@/lib/validation/admin-people";
import { runAdminForm } from "../users/form-state";

export async function saveKnowledgeEntryAction(
  id: number | null,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminForm(formData, knowledgeEntrySchema, async (input) => {
    const actor = await authorize("admin.manage");
    const saved = await saveKnowledgeEntry(await getDb(), { ...input, id }, actor);
    return `/admin/knowledge?edit=${saved.id}&done=saved`;
  });
  if ("redirectTo" in result) redirect(result.redirectTo);
  return result;
}

export async function setKnowledgeEntryActiveAction(
  id: number,
  active: boolean,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminForm(formData, z.object({}), async () => {
    const actor = await authorize("admin.manage");
    await setKnowledgeEntryActive(await getDb(), { id, active }, actor);
    return `/admin/knowledge?edit=${id}&done=${active ? "restored" : "withdrawn"}`;
  });
  if ("redirectTo" in result) redirect(result.redirectTo);
  return result;
}
