import { z } from "zod";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";
import { idSchema, safeText } from "./common";

// Messages are keys: `rectifications.errors.*` first, then the shared `validation` namespace.

const text = (max: number) => safeText.pipe(z.string().trim().min(1, "required").max(max, "tooLong"));

export const filePlanSchema = z.object({
  rectificationId: idSchema,
  plan: text(4000),
  doneBy: z.string().trim().refine(isIsoDate, "date"),
});
export type FilePlanInput = z.infer<typeof filePlanSchema>;

export const reportRectificationSchema = z.object({
  rectificationId: idSchema,
  report: text(4000),
});
export type ReportRectificationInput = z.infer<typeof reportRectificationSchema>;

export const decideRectificationSchema = z
  .object({
    rectificationId: idSchema,
    decision: z.enum(["accepted", "sent_back"], { message: "required" }),
    reason: safeText.optional().transform((value) => value?.trim() || null),
  })
  .refine((d) => d.decision !== "sent_back" || d.reason !== null, { message: "reasonRequired", path: ["reason"] })
  .refine((d) => d.reason === null || d.reason.length <= 2000, { message: "tooLong", path: ["reason"] });
export type DecideRectificationInput = z.infer<typeof decideRectificationSchema>;
