"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { blockCitizen } from "@/lib/services/admin/block-citizen";
import { changeRole } from "@/lib/services/admin/change-role";
import { inviteStaff } from "@/lib/services/admin/invite-staff";
import { sendPasswordReset } from "@/lib/services/admin/send-password-reset";
import { setActive } from "@/lib/services/admin/set-active";
import { unblockCitizen } from "@/lib/services/admin/unblock-citizen";
import { blockCitizenSchema, changeRoleSchema, inviteStaffSchema } from "@/lib/validation/admin-people";

// Every action: authorise (admin.manage) → parse → act → back to the person's page with a status.
const errors = "adminPeople.errors";
const userId = z.string().min(1).max(100);
const forUser = z.object({ userId });

export const inviteStaffAction = formAction({
  audience: "admin.manage",
  schema: inviteStaffSchema,
  errors,
  act: inviteStaff,
  done: (invited) => `/admin/users/${invited.userId}?done=invited`,
});

export const changeRoleAction = formAction({
  audience: "admin.manage",
  bind: ["userId"],
  schema: changeRoleSchema.extend({ userId }),
  errors,
  act: changeRole,
  done: (_, input) => `/admin/users/${input.userId}?done=role`,
});

export const setActiveAction = formAction({
  audience: "admin.manage",
  bind: ["userId", "active"],
  schema: forUser.extend({ active: z.boolean() }),
  errors,
  act: setActive,
  done: (_, input) => `/admin/users/${input.userId}?done=${input.active ? "reactivated" : "deactivated"}`,
});

export const sendPasswordResetAction = formAction({
  audience: "admin.manage",
  bind: ["userId"],
  schema: forUser,
  errors,
  act: sendPasswordReset,
  done: (_, input) => `/admin/users/${input.userId}?done=reset`,
});

export const blockCitizenAction = formAction({
  audience: "admin.manage",
  bind: ["userId"],
  schema: blockCitizenSchema.extend({ userId }),
  errors,
  act: blockCitizen,
  done: (_, input) => `/admin/users/${input.userId}?done=blocked`,
});

export const unblockCitizenAction = formAction({
  audience: "admin.manage",
  bind: ["userId"],
  schema: forUser,
  errors,
  act: unblockCitizen,
  done: (_, input) => `/admin/users/${input.userId}?done=unblocked`,
});
