import { z } from "zod";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";
import {
  DEFAULT_NOTICE_WORKING_DAYS,
  MAX_NOTICE_WORKING_DAYS,
  MIN_NOTICE_WORKING_DAYS,
  NOTICE_DECISIONS,
  NOTICE_LEVELS,
} from "@/lib/domain/supervision/notices";
import { idSchema, safeText } from "./common";

// Messages are keys: `notices.errors.*` first, then the shared `validation` namespace.

const text = (max: number) => safeText.pipe(z.string().trim().min(1, "required").max(max, "tooLong"));
const workingDays = z
  .string()
  .optional()
  .transform((value) => value?.trim() || String(DEFAULT_NOTICE_WORKING_DAYS))
  .pipe(z.string().regex(/^\d{1,3}$/, "wholeNumber"))
  .transform(Number)
  .refine((n) => n >= MIN_NOTICE_WORKING_DAYS && n <= MAX_NOTICE_WORKING_DAYS, "workingDaysRange");

/** Case references, one a line or separated by commas or spaces; none for a topic. */
const references = safeText
  .optional()
  .transform((value) => [...new Set((value ?? "").split(/[\s,，、]+/).filter(Boolean))])
  .refine((list) => list.length <= 50, "tooManyCases");

export const issueNoticeSchema = z
  .object({
    unitId: idSchema,
    level: z.enum(NOTICE_LEVELS, { message: "required" }),
    topic: safeText
      .optional()
      .transform((value) => value?.trim() || null)
      .refine((value) => value === null || value.length <= 200, "tooLong"),
    references,
    demand: text(4000),
    workingDays,
  })
  .refine((notice) => notice.topic !== null || notice.references.length > 0, {
    message: "subjectRequired",
    path: ["topic"],
  });
export type IssueNoticeInput = z.infer<typeof issueNoticeSchema>;

export const answerNoticeSchema = z.object({
  noticeId: idSchema,
  actions: text(4000),
  doneBy: z.string().trim().refine(isIsoDate, "date"),
});
export type AnswerNoticeInput = z.infer<typeof answerNoticeSchema>;

export const decideAnswerSchema = z
  .object({
    noticeId: idSchema,
    decision: z.enum(NOTICE_DECISIONS, { message: "required" }),
    reason: safeText.optional().transform((value) => value?.trim() || null),
    workingDays,
  })
  .refine((d) => d.decision !== "sent_back" || d.reason !== null, { message: "reasonRequired", path: ["reason"] })
  .refine((d) => d.reason === null || d.reason.length <= 2000, { message: "tooLong", path: ["reason"] });
export type DecideAnswerInput = z.infer<typeof decideAnswerSchema>;
