CREATE TYPE "public"."appraisal_campaign_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."appraisal_light" AS ENUM('green', 'yellow', 'red');--> statement-breakpoint
CREATE TYPE "public"."rater_group_kind" AS ENUM('deputies', 'cppcc', 'business', 'other');--> statement-breakpoint
CREATE TABLE "appraisal_burst_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appraisal_burst_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"network_hash" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"excluded" boolean NOT NULL,
	"reviewed_by_user_id" text,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appraisal_burst_reviews_once" UNIQUE("campaign_id","unit_id","network_hash","window_start")
);
--> statement-breakpoint
CREATE TABLE "appraisal_campaign_units" (
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "appraisal_campaign_units_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "appraisal_campaigns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appraisal_campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" "appraisal_campaign_status" DEFAULT 'draft' NOT NULL,
	"appraisal_weight" smallint DEFAULT 70 NOT NULL,
	"minimum_sample" integer DEFAULT 10 NOT NULL,
	"burst_threshold" integer DEFAULT 5 NOT NULL,
	"bottom_count" integer DEFAULT 3 NOT NULL,
	"network_salt" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "appraisal_campaigns_period" CHECK ("appraisal_campaigns"."period_from" <= "appraisal_campaigns"."period_to"),
	CONSTRAINT "appraisal_campaigns_weight" CHECK ("appraisal_campaigns"."appraisal_weight" between 0 and 100),
	CONSTRAINT "appraisal_campaigns_minimum_sample" CHECK ("appraisal_campaigns"."minimum_sample" >= 1),
	CONSTRAINT "appraisal_campaigns_burst_threshold" CHECK ("appraisal_campaigns"."burst_threshold" >= 2),
	CONSTRAINT "appraisal_campaigns_bottom_count" CHECK ("appraisal_campaigns"."bottom_count" >= 0),
	CONSTRAINT "appraisal_campaigns_opened" CHECK (("appraisal_campaigns"."status" = 'draft') = ("appraisal_campaigns"."opened_at" is null)),
	CONSTRAINT "appraisal_campaigns_closed" CHECK (("appraisal_campaigns"."status" = 'closed') = ("appraisal_campaigns"."closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "appraisal_participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"citizen_user_id" text,
	"rater_code_id" integer,
	CONSTRAINT "appraisal_participations_citizen_once" UNIQUE("campaign_id","unit_id","citizen_user_id"),
	CONSTRAINT "appraisal_participations_code_once" UNIQUE("campaign_id","unit_id","rater_code_id"),
	CONSTRAINT "appraisal_participations_one_rater" CHECK (("appraisal_participations"."citizen_user_id" is null) <> ("appraisal_participations"."rater_code_id" is null))
);
--> statement-breakpoint
CREATE TABLE "appraisal_rater_codes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appraisal_rater_codes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"group_id" integer NOT NULL,
	"code_hash" text NOT NULL,
	"used_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appraisal_rater_codes_codeHash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "appraisal_rater_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appraisal_rater_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"campaign_id" integer NOT NULL,
	"kind" "rater_group_kind" NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisal_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"light" "appraisal_light" NOT NULL,
	"comment" text,
	"network_hash" text,
	"window_start" timestamp with time zone NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appraisal_burst_reviews" ADD CONSTRAINT "appraisal_burst_reviews_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_burst_reviews" ADD CONSTRAINT "appraisal_burst_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_burst_reviews" ADD CONSTRAINT "appraisal_burst_reviews_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_campaign_units" ADD CONSTRAINT "appraisal_campaign_units_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_campaign_units" ADD CONSTRAINT "appraisal_campaign_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_campaigns" ADD CONSTRAINT "appraisal_campaigns_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_participations" ADD CONSTRAINT "appraisal_participations_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_participations" ADD CONSTRAINT "appraisal_participations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_participations" ADD CONSTRAINT "appraisal_participations_citizen_user_id_users_id_fk" FOREIGN KEY ("citizen_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_participations" ADD CONSTRAINT "appraisal_participations_rater_code_id_appraisal_rater_codes_id_fk" FOREIGN KEY ("rater_code_id") REFERENCES "public"."appraisal_rater_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_rater_codes" ADD CONSTRAINT "appraisal_rater_codes_group_id_appraisal_rater_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."appraisal_rater_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_rater_groups" ADD CONSTRAINT "appraisal_rater_groups_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_votes" ADD CONSTRAINT "appraisal_votes_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_votes" ADD CONSTRAINT "appraisal_votes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appraisal_campaign_units_unit_idx" ON "appraisal_campaign_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "appraisal_participations_citizen_idx" ON "appraisal_participations" USING btree ("citizen_user_id");--> statement-breakpoint
CREATE INDEX "appraisal_rater_codes_group_idx" ON "appraisal_rater_codes" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "appraisal_votes_campaign_unit_idx" ON "appraisal_votes" USING btree ("campaign_id","unit_id");