CREATE TYPE "public"."rectification_source" AS ENUM('appraisal', 'scorecard');--> statement-breakpoint
CREATE TYPE "public"."rectification_status" AS ENUM('owed', 'planned', 'reported', 'accepted');--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"source" "rectification_source" NOT NULL,
	"campaign_id" integer,
	"period_key" text,
	"published_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" "rectification_status" DEFAULT 'owed' NOT NULL,
	"plan" text,
	"plan_done_by" date,
	"plan_filed_by" text,
	"plan_filed_at" timestamp with time zone,
	"report" text,
	"reported_by" text,
	"reported_at" timestamp with time zone,
	"send_back_reason" text,
	"send_backs" integer DEFAULT 0 NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"overdue_notice_id" integer,
	CONSTRAINT "rectifications_once" UNIQUE NULLS NOT DISTINCT("unit_id","source","campaign_id","period_key"),
	CONSTRAINT "rectifications_notice_once" UNIQUE("overdue_notice_id"),
	CONSTRAINT "rectifications_source" CHECK (("rectifications"."source" = 'appraisal' and "rectifications"."campaign_id" is not null and "rectifications"."period_key" is null) or ("rectifications"."source" = 'scorecard' and "rectifications"."campaign_id" is null and "rectifications"."period_key" ~ '^[0-9]{4}-[0-9]{2}$')),
	CONSTRAINT "rectifications_due_after_publication" CHECK ("rectifications"."due_at" > "rectifications"."published_at"),
	CONSTRAINT "rectifications_plan" CHECK (("rectifications"."status" = 'owed') = ("rectifications"."plan_filed_at" is null) and ("rectifications"."plan_filed_at" is null) = ("rectifications"."plan" is null) and ("rectifications"."plan" is null) = ("rectifications"."plan_done_by" is null) and ("rectifications"."plan" is null or length(btrim("rectifications"."plan")) between 1 and 4000)),
	CONSTRAINT "rectifications_report" CHECK (("rectifications"."status" in ('reported', 'accepted')) = ("rectifications"."reported_at" is not null) and ("rectifications"."reported_at" is null) = ("rectifications"."report" is null) and ("rectifications"."report" is null or length(btrim("rectifications"."report")) between 1 and 4000)),
	CONSTRAINT "rectifications_accepted" CHECK (("rectifications"."status" = 'accepted') = ("rectifications"."accepted_at" is not null)),
	CONSTRAINT "rectifications_send_backs" CHECK ("rectifications"."send_backs" >= 0)
);
--> statement-breakpoint
ALTER TABLE "supervision_notices" ALTER COLUMN "issued_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_campaign_id_appraisal_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."appraisal_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_plan_filed_by_users_id_fk" FOREIGN KEY ("plan_filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_overdue_notice_id_supervision_notices_id_fk" FOREIGN KEY ("overdue_notice_id") REFERENCES "public"."supervision_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rectifications_unit_idx" ON "rectifications" USING btree ("unit_id","opened_at");--> statement-breakpoint
CREATE INDEX "rectifications_due_idx" ON "rectifications" USING btree ("status","due_at");