"use server";

import { formAction } from "@/lib/actions/form-action";
import { answerNotice } from "@/lib/services/supervision/answer-notice";
import { answerNoticeSchema } from "@/lib/validation/supervision-notices";

// authorise (the unit head's case.approve; the use case checks the notice is the head's unit's) → parse → act.
export const answerNoticeAction = formAction({
  audience: "case.approve",
  bind: ["noticeId"],
  schema: answerNoticeSchema,
  errors: "notices.errors",
  act: answerNotice,
  done: (notice) => `/unit/notices/${notice.id}?done=answered`,
});
