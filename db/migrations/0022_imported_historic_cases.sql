-- Imported historic cases are marked (docs/imports.md). Cases imported before this column existed
-- are recognised by their legacy idempotency key; their import time is unknown, so they get their
-- filing time: earlier than every scorecard computed since, so recomputations treat them as before.
ALTER TABLE "cases" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
UPDATE "cases" SET "imported_at" = "created_at" WHERE "idempotency_key" LIKE 'legacy:%';
