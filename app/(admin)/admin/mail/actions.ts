"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { retryDeadNoticeForAdmin } from "@/lib/services/ops/notice-outbox";
import { idSchema } from "@/lib/validation/common";

/** Bound to the dead letter's id: back to pending, due now, audited. */
export const retryNoticeAction = formAction({
  audience: "admin.manage",
  bind: ["id"],
  schema: z.object({ id: idSchema }),
  act: (input, actor, ctx) => retryDeadNoticeForAdmin(ctx.db, input, { userId: actor.id }, ctx.now),
  done: () => "/admin/mail?done=retried",
});
