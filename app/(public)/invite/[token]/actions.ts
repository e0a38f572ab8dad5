"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { acceptInvitation } from "@/lib/services/admin/users";
import { acceptInvitationSchema } from "@/lib/validation/admin-people";
import { runAdminForm } from "../../../(admin)/admin/users/form-state";

// Open to guests by design: the unguessable emailed token is the authorisation, checked in
// acceptInvitation (hash known, unused, unexpired, account active).
export async function acceptInvitationAction(
  token: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminForm(formData, acceptInvitationSchema, async (input) => {
    await acceptInvitation(await getDb(), { token, password: input.password });
    return "/signin?password=set";
  });
  if ("redirectTo" in result) redirect(result.redirectTo);
  return result;
}
