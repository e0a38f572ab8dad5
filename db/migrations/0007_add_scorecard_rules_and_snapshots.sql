CREATE TYPE "public"."scorecard_period_kind" AS ENUM('month', 'quarter', 'year');--> statement-breakpoint
CREATE TYPE "public"."scorecard_snapshot_reason" AS ENUM('first_publication', 'late_change', 'admin_recompute');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'moderator';--> statement-breakpoint
CREATE TABLE "scorecard_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scorecard_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"effective_from" timestamp with time zone NOT NULL,
	"weight_response" double precision NOT NULL,
	"weight_satisfaction" double precision NOT NULL,
	"weight_resolution" double precision NOT NULL,
	"band_satisfied" double precision NOT NULL,
	"band_fairly_satisfied" double precision NOT NULL,
	"band_basically_satisfied" double precision NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecard_rules_weights" CHECK ("scorecard_rules"."weight_response" >= 0 and "scorecard_rules"."weight_satisfaction" >= 0 and "scorecard_rules"."weight_resolution" >= 0 and abs("scorecard_rules"."weight_response" + "scorecard_rules"."weight_satisfaction" + "scorecard_rules"."weight_resolution" - 1) < 1e-9),
	CONSTRAINT "scorecard_rules_bands" CHECK ("scorecard_rules"."band_basically_satisfied" >= 0 and "scorecard_rules"."band_satisfied" <= 100 and "scorecard_rules"."band_satisfied" >= "scorecard_rules"."band_fairly_satisfied" and "scorecard_rules"."band_fairly_satisfied" >= "scorecard_rules"."band_basically_satisfied")
);
--> statement-breakpoint
CREATE TABLE "scorecard_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scorecard_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer,
	"period_kind" "scorecard_period_kind" NOT NULL,
	"period_key" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"reason" "scorecard_snapshot_reason" NOT NULL,
	"reason_note" text,
	"actor_user_id" text,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scorecard_snapshots_version" UNIQUE NULLS NOT DISTINCT("unit_id","period_kind","period_start","version"),
	CONSTRAINT "scorecard_snapshots_version_positive" CHECK ("scorecard_snapshots"."version" >= 1),
	CONSTRAINT "scorecard_snapshots_period_order" CHECK ("scorecard_snapshots"."period_start" < "scorecard_snapshots"."period_end"),
	CONSTRAINT "scorecard_snapshots_reason" CHECK (("scorecard_snapshots"."reason" = 'first_publication') = ("scorecard_snapshots"."version" = 1) and ("scorecard_snapshots"."reason" <> 'admin_recompute' or length(trim(coalesce("scorecard_snapshots"."reason_note", ''))) > 0))
);
--> statement-breakpoint
ALTER TABLE "scorecard_rules" ADD CONSTRAINT "scorecard_rules_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_snapshots" ADD CONSTRAINT "scorecard_snapshots_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_snapshots" ADD CONSTRAINT "scorecard_snapshots_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scorecard_rules_effective_idx" ON "scorecard_rules" USING btree ("effective_from","id");--> statement-breakpoint
CREATE INDEX "scorecard_snapshots_period_idx" ON "scorecard_snapshots" USING btree ("period_kind","period_start");