"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordCallback } from "@/lib/services/desk/record-callback";
import { boundCallbackSchema } from "@/lib/validation/desk";

/** An operator's phone callback on a replied case, bound to its reference by the page. */
export const recordCallbackAction = formAction({
  audience: "desk.callback",
  bind: ["reference"],
  schema: boundCallbackSchema,
  errors: "hotline.errors",
  act: (input, actor, ctx) =>
    recordCallback(
      {
        reference: input.reference,
        reached: input.reached,
        contacted: input.contacted,
        solved: input.solved,
        satisfaction: input.satisfaction,
        calledAt: ctx.calendar.localInstant(input.calledAt.slice(0, 16)),
        sendBack: input.sendBack,
      },
      actor,
      ctx,
    ),
  done: (result) => `/desk/callback/${result.reference}?done=${result.outcome}`,
});
