CREATE TABLE "portal_category_days" (
	"category_id" integer NOT NULL,
	"day" date NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"replied" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"contacted" integer DEFAULT 0 NOT NULL,
	"solved" integer DEFAULT 0 NOT NULL,
	"satisfaction_tenths" integer DEFAULT 0 NOT NULL,
	"signed_for" integer DEFAULT 0 NOT NULL,
	"signed_for_on_time" integer DEFAULT 0 NOT NULL,
	"replied_on_time" integer DEFAULT 0 NOT NULL,
	"replied_late" integer DEFAULT 0 NOT NULL,
	"disputed" integer DEFAULT 0 NOT NULL,
	"rehandled" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "portal_category_days_category_id_day_pk" PRIMARY KEY("category_id","day"),
	CONSTRAINT "portal_category_days_counters" CHECK ("portal_category_days"."received" >= 0 and "portal_category_days"."closed" >= 0 and "portal_category_days"."rated" <= "portal_category_days"."replied" and "portal_category_days"."contacted" <= "portal_category_days"."rated" and "portal_category_days"."solved" <= "portal_category_days"."rated" and "portal_category_days"."satisfaction_tenths" between 0 and 10 * "portal_category_days"."rated"
    and "portal_category_days"."signed_for_on_time" <= "portal_category_days"."signed_for" and "portal_category_days"."signed_for" <= "portal_category_days"."replied" and "portal_category_days"."replied_on_time" + "portal_category_days"."replied_late" <= "portal_category_days"."replied")
);
--> statement-breakpoint
CREATE TABLE "portal_district_days" (
	"district_id" integer NOT NULL,
	"day" date NOT NULL,
	"received" integer NOT NULL,
	CONSTRAINT "portal_district_days_district_id_day_pk" PRIMARY KEY("district_id","day"),
	CONSTRAINT "portal_district_days_received" CHECK ("portal_district_days"."received" > 0)
);
--> statement-breakpoint
CREATE TABLE "portal_rollup_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "portal_rollup_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone,
	"replied_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"logged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_rollup_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text,
	"rebuilt_at" timestamp with time zone,
	"refreshed_at" timestamp with time zone,
	CONSTRAINT "portal_rollup_state_single" CHECK ("portal_rollup_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "portal_unit_days" (
	"unit_id" integer NOT NULL,
	"day" date NOT NULL,
	"replied" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"contacted" integer DEFAULT 0 NOT NULL,
	"solved" integer DEFAULT 0 NOT NULL,
	"satisfaction_tenths" integer DEFAULT 0 NOT NULL,
	"signed_for" integer DEFAULT 0 NOT NULL,
	"signed_for_on_time" integer DEFAULT 0 NOT NULL,
	"replied_on_time" integer DEFAULT 0 NOT NULL,
	"replied_late" integer DEFAULT 0 NOT NULL,
	"disputed" integer DEFAULT 0 NOT NULL,
	"rehandled" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "portal_unit_days_unit_id_day_pk" PRIMARY KEY("unit_id","day"),
	CONSTRAINT "portal_unit_days_counters" CHECK ("portal_unit_days"."rated" <= "portal_unit_days"."replied" and "portal_unit_days"."contacted" <= "portal_unit_days"."rated" and "portal_unit_days"."solved" <= "portal_unit_days"."rated" and "portal_unit_days"."satisfaction_tenths" between 0 and 10 * "portal_unit_days"."rated"
    and "portal_unit_days"."signed_for_on_time" <= "portal_unit_days"."signed_for" and "portal_unit_days"."signed_for" <= "portal_unit_days"."replied" and "portal_unit_days"."replied_on_time" + "portal_unit_days"."replied_late" <= "portal_unit_days"."replied")
);
--> statement-breakpoint
CREATE TABLE "portal_unit_reply_days" (
	"unit_id" integer NOT NULL,
	"day" date NOT NULL,
	"working_days" integer NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "portal_unit_reply_days_unit_id_day_working_days_pk" PRIMARY KEY("unit_id","day","working_days"),
	CONSTRAINT "portal_unit_reply_days_cases" CHECK ("portal_unit_reply_days"."cases" > 0)
);
--> statement-breakpoint
ALTER TABLE "portal_category_days" ADD CONSTRAINT "portal_category_days_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_district_days" ADD CONSTRAINT "portal_district_days_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_unit_days" ADD CONSTRAINT "portal_unit_days_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_unit_reply_days" ADD CONSTRAINT "portal_unit_reply_days_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_category_days_day_idx" ON "portal_category_days" USING btree ("day");--> statement-breakpoint
CREATE INDEX "portal_district_days_day_idx" ON "portal_district_days" USING btree ("day");--> statement-breakpoint
CREATE INDEX "portal_unit_days_day_idx" ON "portal_unit_days" USING btree ("day");--> statement-breakpoint
CREATE INDEX "portal_unit_reply_days_day_idx" ON "portal_unit_reply_days" USING btree ("day");