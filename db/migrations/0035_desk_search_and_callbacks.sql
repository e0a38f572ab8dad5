-- The desk's text search relies on pg_trgm (also created by 0000; PGlite loads it in db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "case_callbacks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_callbacks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"operator_user_id" text NOT NULL,
	"reached" boolean NOT NULL,
	"feedback_round" smallint,
	"called_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_callbacks_feedback_when_reached" CHECK (("case_callbacks"."feedback_round" is not null) = "case_callbacks"."reached"),
	CONSTRAINT "case_callbacks_called_before_recorded" CHECK ("case_callbacks"."called_at" <= "case_callbacks"."recorded_at" + interval '5 minutes')
);
--> statement-breakpoint
ALTER TABLE "case_contacts" ADD COLUMN "phone_key" text GENERATED ALWAYS AS (nullif(regexp_replace(regexp_replace(regexp_replace(regexp_replace(translate(phone, '０１２３４５６７８９', '0123456789'), '(ext|#|转).*$', '', 'i'), '[^0-9]', '', 'g'), '^(?:0086|86)(1[3-9][0-9]{9})$', '\1'), '^(?:0086|86)(10[0-9]{8}|[2-9][0-9]{8,10})$', '0\1'), '')) STORED;--> statement-breakpoint
ALTER TABLE "case_callbacks" ADD CONSTRAINT "case_callbacks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_callbacks" ADD CONSTRAINT "case_callbacks_operator_user_id_users_id_fk" FOREIGN KEY ("operator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_callbacks_case_idx" ON "case_callbacks" USING btree ("case_id","called_at");--> statement-breakpoint
CREATE INDEX "case_contacts_phone_key_idx" ON "case_contacts" USING btree ("phone_key");--> statement-breakpoint
CREATE INDEX "case_contacts_name_trgm_idx" ON "case_contacts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "case_contacts_address_trgm_idx" ON "case_contacts" USING gin ("address" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_title_trgm_idx" ON "cases" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_description_trgm_idx" ON "cases" USING gin ("description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_street_trgm_idx" ON "cases" USING gin ("street" gin_trgm_ops);--> statement-breakpoint
-- A callback is a record of what was said on the phone: the app adds them, never rewrites them.
REVOKE UPDATE, DELETE, TRUNCATE ON case_callbacks FROM answerable_app;
