CREATE TABLE "portal_category_months" (
	"category_id" integer NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "portal_category_months_category_id_month_pk" PRIMARY KEY("category_id","month"),
	CONSTRAINT "portal_category_months_counters" CHECK ("portal_category_months"."received" >= 0 and "portal_category_months"."closed" >= 0 and "portal_category_months"."rated" <= "portal_category_months"."replied" and "portal_category_months"."contacted" <= "portal_category_months"."rated" and "portal_category_months"."solved" <= "portal_category_months"."rated" and "portal_category_months"."satisfaction_tenths" between 0 and 10 * "portal_category_months"."rated"
    and "portal_category_months"."signed_for_on_time" <= "portal_category_months"."signed_for" and "portal_category_months"."signed_for" <= "portal_category_months"."replied" and "portal_category_months"."replied_on_time" + "portal_category_months"."replied_late" <= "portal_category_months"."replied")
);
--> statement-breakpoint
CREATE TABLE "portal_district_months" (
	"district_id" integer NOT NULL,
	"month" date NOT NULL,
	"received" integer NOT NULL,
	CONSTRAINT "portal_district_months_district_id_month_pk" PRIMARY KEY("district_id","month"),
	CONSTRAINT "portal_district_months_received" CHECK ("portal_district_months"."received" > 0)
);
--> statement-breakpoint
CREATE TABLE "portal_unit_months" (
	"unit_id" integer NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "portal_unit_months_unit_id_month_pk" PRIMARY KEY("unit_id","month"),
	CONSTRAINT "portal_unit_months_counters" CHECK ("portal_unit_months"."rated" <= "portal_unit_months"."replied" and "portal_unit_months"."contacted" <= "portal_unit_months"."rated" and "portal_unit_months"."solved" <= "portal_unit_months"."rated" and "portal_unit_months"."satisfaction_tenths" between 0 and 10 * "portal_unit_months"."rated"
    and "portal_unit_months"."signed_for_on_time" <= "portal_unit_months"."signed_for" and "portal_unit_months"."signed_for" <= "portal_unit_months"."replied" and "portal_unit_months"."replied_on_time" + "portal_unit_months"."replied_late" <= "portal_unit_months"."replied")
);
--> statement-breakpoint
CREATE TABLE "portal_unit_reply_months" (
	"unit_id" integer NOT NULL,
	"month" date NOT NULL,
	"working_days" integer NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "portal_unit_reply_months_unit_id_month_working_days_pk" PRIMARY KEY("unit_id","month","working_days"),
	CONSTRAINT "portal_unit_reply_months_cases" CHECK ("portal_unit_reply_months"."cases" > 0)
);
--> statement-breakpoint
ALTER TABLE "portal_category_months" ADD CONSTRAINT "portal_category_months_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_district_months" ADD CONSTRAINT "portal_district_months_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_unit_months" ADD CONSTRAINT "portal_unit_months_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_unit_reply_months" ADD CONSTRAINT "portal_unit_reply_months_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_category_months_month_idx" ON "portal_category_months" USING btree ("month");--> statement-breakpoint
CREATE INDEX "portal_district_months_month_idx" ON "portal_district_months" USING btree ("month");--> statement-breakpoint
CREATE INDEX "portal_unit_months_month_idx" ON "portal_unit_months" USING btree ("month");--> statement-breakpoint
CREATE INDEX "portal_unit_reply_months_month_idx" ON "portal_unit_reply_months" USING btree ("month");