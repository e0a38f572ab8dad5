CREATE TYPE "public"."card_deadline" AS ENUM('sign_for', 'first_contact', 'reply');--> statement-breakpoint
CREATE TYPE "public"."card_kind" AS ENUM('yellow', 'red');--> statement-breakpoint
CREATE TABLE "supervision_cards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_cards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"kind" "card_kind" NOT NULL,
	"deadline" "card_deadline" NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"working_days_late" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supervision_cards_once" UNIQUE("case_id","deadline","due_at","kind")
);
--> statement-breakpoint
ALTER TABLE "supervision_cards" ADD CONSTRAINT "supervision_cards_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_cards" ADD CONSTRAINT "supervision_cards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_cards_unit_idx" ON "supervision_cards" USING btree ("unit_id","issued_at");--> statement-breakpoint
CREATE INDEX "supervision_cards_issued_idx" ON "supervision_cards" USING btree ("issued_at");