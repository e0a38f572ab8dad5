ALTER TABLE "cases" ADD COLUMN "reply_allowance_kind" "clock_kind";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reply_allowance_amount" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_reply_allowance" CHECK (("cases"."reply_allowance_kind" is null) = ("cases"."reply_allowance_amount" is null) and coalesce("cases"."reply_allowance_amount" > 0, true));--> statement-breakpoint
-- Open petition response cases in their first round keep the petition rules' allowance from now on
-- (their stored reply_due_at already had it; a later pause or extension recomputes from this).
UPDATE "cases" SET "reply_allowance_kind" = 'working_days',
  "reply_allowance_amount" = coalesce(
    (SELECT CASE WHEN jsonb_typeof("value") = 'number' THEN ("value")::text::integer END
       FROM "app_settings" WHERE "key" = 'petitionResponseWorkingDays'),
    20)
WHERE "type" = 'petition_response' AND "rehandle_count" = 0 AND "lead_unit_id" IS NOT NULL
  AND "status" IN ('dispatched', 'signed_for', 'contacted', 'in_progress', 'awaiting_citizen', 'awaiting_approval');
