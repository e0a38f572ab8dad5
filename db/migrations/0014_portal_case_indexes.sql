-- Indexes for the transparency portal's reads of the cases table at scale (a million cases):
-- a unit's latest public cases, its open and overdue cases (answered from the index alone),
-- and the days the rollup refresher recomputes by closing date.
CREATE INDEX IF NOT EXISTS "portal_cases_public_recent_idx" ON "cases" ("lead_unit_id", "created_at" DESC, "id" DESC) WHERE "may_publish";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "portal_cases_unit_status_due_idx" ON "cases" ("lead_unit_id", "status", "reply_due_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "portal_cases_closed_idx" ON "cases" ("closed_at");
