CREATE TYPE "public"."accountability_measure_kind" AS ENUM('reminder', 'talk', 'written_self_criticism', 'public_criticism', 'discipline_referral');--> statement-breakpoint
CREATE TABLE "accountability_measure_cases" (
	"measure_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	CONSTRAINT "accountability_measure_cases_measure_id_case_id_pk" PRIMARY KEY("measure_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "accountability_measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accountability_measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"kind" "accountability_measure_kind" NOT NULL,
	"taken_on" date NOT NULL,
	"reason" text NOT NULL,
	"follow_up" text,
	"official_name" text,
	"campaign_id" integer,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"follow_up_updated_at" timestamp with time zone,
	CONSTRAINT "accountability_measures_reason" CHECK (length(btrim("accountability_measures"."reason")) between 1 and 2000),
	CONSTRAINT "accountability_measures_follow_up" CHECK ("accountability_measures"."follow_up" is null or length(btrim("accountability_measures"."follow_up")) between 1 and 4000),
	CONSTRAINT "accountability_measures_official" CHECK ("accountability_measures"."official_name" is null or length(btrim("accountability_measures"."official_name")) between 1 and 100),
	CONSTRAINT "accountability_measures_follow_up_updated" CHECK ("accountability_measures"."follow_up_updated_at" is null or "accountability_measures"."follow_up_updated_at" >= "accountability_measures"."recorded_at")
);
--> statement-breakpoint
ALTER TABLE "accountability_measure_cases" ADD CONSTRAINT "accountability_measure_cases_measure_id_accountability_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."accountability_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_measure_cases" ADD CONSTRAINT "accountability_measure_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_measures" ADD CONSTRAINT "accountability_measures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_measures" ADD CONSTRAINT "accountability_measures_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_measures" ADD CONSTRAINT "accountability_measures_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_measures" ADD CONSTRAINT "accountability_measures_campaign_unit_fk" FOREIGN KEY ("campaign_id","unit_id") REFERENCES "public"."appraisal_campaign_units"("campaign_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accountability_measure_cases_case_idx" ON "accountability_measure_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "accountability_measures_unit_idx" ON "accountability_measures" USING btree ("unit_id","taken_on");--> statement-breakpoint
CREATE INDEX "accountability_measures_taken_idx" ON "accountability_measures" USING btree ("taken_on");--> statement-breakpoint
-- A measure of the ledger is a record: once written, only its follow-up may change (each change
-- is on the audit chain, docs/supervision.md#accountability-ledger), and it is never deleted;
-- the cases it cites are fixed with it.
CREATE OR REPLACE FUNCTION accountability_measures_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.unit_id = OLD.unit_id AND NEW.kind = OLD.kind
     AND NEW.taken_on = OLD.taken_on AND NEW.reason = OLD.reason
     AND NEW.official_name IS NOT DISTINCT FROM OLD.official_name
     AND NEW.campaign_id IS NOT DISTINCT FROM OLD.campaign_id
     AND NEW.recorded_by_user_id = OLD.recorded_by_user_id AND NEW.recorded_at = OLD.recorded_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an accountability measure may only have its follow-up changed (% refused)', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER accountability_measures_fixed
  BEFORE UPDATE OR DELETE ON accountability_measures
  FOR EACH ROW EXECUTE FUNCTION accountability_measures_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accountability_measure_cases_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the cases of an accountability measure are fixed (% refused)', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER accountability_measure_cases_fixed
  BEFORE UPDATE OR DELETE ON accountability_measure_cases
  FOR EACH ROW EXECUTE FUNCTION accountability_measure_cases_refuse_change();
