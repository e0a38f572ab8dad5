-- Whistle-blower reports (举报) may name the unit they accuse (PRODUCT.md §10). Only a report may,
-- and the accused unit is never the case's lead unit, so no scorecard can count it against them.
ALTER TABLE "cases" ADD COLUMN "accused_unit_id" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_accused_unit_id_units_id_fk" FOREIGN KEY ("accused_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_accused_unit_only_on_reports" CHECK ("cases"."accused_unit_id" is null or "cases"."type" = 'report');--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_accused_unit_never_leads" CHECK ("cases"."accused_unit_id" is null or "cases"."accused_unit_id" is distinct from "cases"."lead_unit_id");