ALTER TABLE "portal_category_days" ADD COLUMN "dispute_base" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "portal_category_months" ADD COLUMN "dispute_base" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "portal_unit_days" ADD COLUMN "dispute_base" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "portal_unit_months" ADD COLUMN "dispute_base" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The return rate is now charged to the units that returned a case (lib/domain/metrics/return-rate.ts): the next
-- refresh rebuilds every day of the rollups with the new counters.
UPDATE "portal_rollup_state" SET "rebuilt_at" = NULL;
