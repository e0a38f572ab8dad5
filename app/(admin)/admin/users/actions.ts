"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/session";
import {
  blockCitizen,
  changeRole,
  inviteStaff,
  sendPasswordReset,
  setActive,
  unblockCitizen,
} from "@/lib/services/admin/users";
import { blockCitizenSchema, changeRoleSchema, inviteStaffSchema } from "@/lib/validation/admin-people";
import { requestOrigin } from "@/lib/http/request-origin";
import { runAdminForm } from "./form-state";

const noFields = z.object({});

async function finish(result: ActionState | { redirectTo: string }): Promise<ActionState> {
  if ("redirectTo" in result) redirect(result.redirectTo);
  return result;
}

export async function inviteStaffAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return finish(
    await runAdminForm(formData, inviteStaffSchema, async (input) => {
      const actor = await authorize("admin.manage");
      const { userId } = await inviteStaff(await getDb(), input, actor, { origin: await requestOrigin() });
      return `/admin/users/${userId}?done=invited`;
    }),
  );
}

export async function changeRoleAction(userId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  return finish(
    await runAdminForm(formData, changeRoleSchema, async (input) => {
      const actor = await authorize("admin.manage");
      await changeRole(await getDb(), { userId, ...input }, actor);
      return `/admin/users/${userId}?done=role`;
    }),
  );
}

export async function setActiveAction(
  userId: string,
  active: boolean,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return finish(
    await runAdminForm(formData, noFields, async () => {
      const actor = await authorize("admin.manage");
      await setActive(await getDb(), { userId, active }, actor);
      return `/admin/users/${userId}?done=${active ? "reactivated" : "deactivated"}`;
    }),
  );
}

export async function sendPasswordResetAction(
  userId: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return finish(
    await runAdminForm(formData, noFields, async () => {
      const actor = await authorize("admin.manage");
      await sendPasswordReset(await getDb(), { userId }, actor, { origin: await requestOrigin() });
      return `/admin/users/${userId}?done=reset`;
    }),
  );
}

export async function blockCitizenAction(
  userId: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return finish(
    await runAdminForm(formData, blockCitizenSchema, async (input) => {
      const actor = await authorize("admin.manage");
      await blockCitizen(await getDb(), { userId, reason: input.reason }, actor);
      return `/admin/users/${userId}?done=blocked`;
    }),
  );
}

export async function unblockCitizenAction(
  userId: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return finish(
    await runAdminForm(formData, noFields, async () => {
      const actor = await authorize("admin.manage");
      await unblockCitizen(await getDb(), { userId }, actor);
      return `/admin/users/${userId}?done=unblocked`;
    }),
  );
}
