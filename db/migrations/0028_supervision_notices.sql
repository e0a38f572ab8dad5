CREATE TYPE "public"."supervision_notice_decision" AS ENUM('accepted', 'sent_back');--> statement-breakpoint
CREATE TYPE "public"."supervision_notice_level" AS ENUM('general', 'key', 'leader_assigned');--> statement-breakpoint
CREATE TYPE "public"."supervision_notice_status" AS ENUM('issued', 'answered', 'sent_back', 'accepted');--> statement-breakpoint
CREATE TABLE "supervision_notice_answers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_notice_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"notice_id" integer NOT NULL,
	"round" integer NOT NULL,
	"actions" text NOT NULL,
	"done_by" date NOT NULL,
	"answered_by" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"decision" "supervision_notice_decision",
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "supervision_notice_answers_round" UNIQUE("notice_id","round"),
	CONSTRAINT "supervision_notice_answers_round_positive" CHECK ("supervision_notice_answers"."round" >= 1),
	CONSTRAINT "supervision_notice_answers_actions" CHECK (length(btrim("supervision_notice_answers"."actions")) between 1 and 4000),
	CONSTRAINT "supervision_notice_answers_decided" CHECK (("supervision_notice_answers"."decision" is null) = ("supervision_notice_answers"."decided_at" is null) and ("supervision_notice_answers"."decision" is null) = ("supervision_notice_answers"."decided_by" is null)),
	CONSTRAINT "supervision_notice_answers_reason" CHECK ("supervision_notice_answers"."decision" is distinct from 'sent_back' or length(btrim(coalesce("supervision_notice_answers"."reason", ''))) between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "supervision_notice_cases" (
	"notice_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	CONSTRAINT "supervision_notice_cases_notice_id_case_id_pk" PRIMARY KEY("notice_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"level" "supervision_notice_level" NOT NULL,
	"topic" text,
	"demand" text NOT NULL,
	"response_working_days" integer NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" "supervision_notice_status" DEFAULT 'issued' NOT NULL,
	"accepted_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	CONSTRAINT "supervision_notices_demand" CHECK (length(btrim("supervision_notices"."demand")) between 1 and 4000),
	CONSTRAINT "supervision_notices_topic" CHECK ("supervision_notices"."topic" is null or length(btrim("supervision_notices"."topic")) between 1 and 200),
	CONSTRAINT "supervision_notices_days" CHECK ("supervision_notices"."response_working_days" between 1 and 30),
	CONSTRAINT "supervision_notices_due_after_issue" CHECK ("supervision_notices"."due_at" > "supervision_notices"."issued_at"),
	CONSTRAINT "supervision_notices_accepted" CHECK (("supervision_notices"."status" = 'accepted') = ("supervision_notices"."accepted_at" is not null)),
	CONSTRAINT "supervision_notices_escalated" CHECK ("supervision_notices"."escalated_at" is null or "supervision_notices"."escalated_at" >= "supervision_notices"."issued_at")
);
--> statement-breakpoint
ALTER TABLE "supervision_cards" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_cards" ALTER COLUMN "deadline" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_cards" ADD COLUMN "notice_id" integer;--> statement-breakpoint
ALTER TABLE "supervision_notice_answers" ADD CONSTRAINT "supervision_notice_answers_notice_id_supervision_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."supervision_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notice_answers" ADD CONSTRAINT "supervision_notice_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notice_answers" ADD CONSTRAINT "supervision_notice_answers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notice_cases" ADD CONSTRAINT "supervision_notice_cases_notice_id_supervision_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."supervision_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notice_cases" ADD CONSTRAINT "supervision_notice_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_notice_cases_case_idx" ON "supervision_notice_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "supervision_notices_unit_idx" ON "supervision_notices" USING btree ("unit_id","issued_at");--> statement-breakpoint
CREATE INDEX "supervision_notices_due_idx" ON "supervision_notices" USING btree ("status","due_at");--> statement-breakpoint
ALTER TABLE "supervision_cards" ADD CONSTRAINT "supervision_cards_notice_id_supervision_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."supervision_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_cards" ADD CONSTRAINT "supervision_cards_notice_once" UNIQUE("notice_id","kind");--> statement-breakpoint
ALTER TABLE "supervision_cards" ADD CONSTRAINT "supervision_cards_source" CHECK (("supervision_cards"."notice_id" is null and "supervision_cards"."case_id" is not null and "supervision_cards"."deadline" is not null) or ("supervision_cards"."notice_id" is not null and "supervision_cards"."case_id" is null and "supervision_cards"."deadline" is null));