"use server";

import { formAction } from "@/lib/actions/form-action";
import { decideAnswer } from "@/lib/services/supervision/decide-answer";
import { issueNotice } from "@/lib/services/supervision/issue-notice";
import { decideAnswerSchema, issueNoticeSchema } from "@/lib/validation/supervision-notices";

// authorise (supervision.act) → parse → act → on to the notice's page.
export const issueNoticeAction = formAction({
  audience: "supervision.act",
  schema: issueNoticeSchema,
  errors: "notices.errors",
  act: issueNotice,
  done: (notice) => `/supervision/notices/${notice.id}?done=issued`,
});

export const decideAnswerAction = formAction({
  audience: "supervision.act",
  bind: ["noticeId"],
  schema: decideAnswerSchema,
  errors: "notices.errors",
  act: decideAnswer,
  done: (notice) => `/supervision/notices/${notice.id}?done=decided`,
});
