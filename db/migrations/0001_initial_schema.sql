CREATE TYPE "public"."calendar_day_kind" AS ENUM('holiday', 'workday');--> statement-breakpoint
CREATE TYPE "public"."case_event" AS ENUM('submit', 'auto_dispatch', 'dispatch', 'answer_directly', 'redirect', 'merge', 'sign_for', 'dispute', 'reassign', 'designate', 'record_contact', 'start_work', 'await_citizen', 'citizen_responded', 'add_note', 'co_unit_input', 'request_extension', 'approve_extension', 'refuse_extension', 'submit_reply', 'approve_reply', 'return_reply', 'reply', 'accept_reply', 'send_back', 'close_unrated', 'escalate');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('submitted', 'dispatched', 'disputed', 'signed_for', 'contacted', 'in_progress', 'awaiting_citizen', 'awaiting_approval', 'replied', 'closed', 'redirected', 'merged');--> statement-breakpoint
CREATE TYPE "public"."case_type" AS ENUM('complaint', 'report', 'help_request', 'inquiry', 'suggestion', 'praise', 'deputy_suggestion', 'cppcc_proposal', 'petition_response');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('web', 'phone', 'letter', 'visit', 'email', 'api', 'mobile');--> statement-breakpoint
CREATE TYPE "public"."clock_kind" AS ENUM('hours', 'working_days', 'calendar_days');--> statement-breakpoint
CREATE TYPE "public"."redirect_channel" AS ENUM('litigation', 'arbitration', 'administrative_review', 'discipline_inspection', 'information_disclosure', 'emergency_services', 'other_authority');--> statement-breakpoint
CREATE TYPE "public"."reply_outcome" AS ENUM('resolved', 'explained', 'not_supported');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('citizen', 'operator', 'unit_staff', 'unit_head', 'supervisor', 'admin', 'observer');--> statement-breakpoint
CREATE TYPE "public"."satisfaction" AS ENUM('very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied');--> statement-breakpoint
CREATE TYPE "public"."unit_class" AS ENUM('city_government', 'city_bureau', 'district', 'street_office', 'public_service');--> statement-breakpoint
CREATE TABLE "districts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "districts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "districts_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"unit_class" "unit_class" NOT NULL,
	"parent_id" integer,
	"district_id" integer,
	"requires_reply_approval" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code"),
	CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" is null or "units"."parent_id" <> "units"."id"),
	CONSTRAINT "units_code_format" CHECK ("units"."code" ~ '^[a-z0-9][a-z0-9-]*$')
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"group_id" integer NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sla_policy_id" integer NOT NULL,
	"keywords_zh" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords_en" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "category_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "category_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "category_groups_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "dispatch_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dispatch_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"category_id" integer NOT NULL,
	"district_id" integer,
	"lead_unit_id" integer NOT NULL,
	"effective_from" date DEFAULT '2000-01-01' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispatch_entries_key" UNIQUE NULLS NOT DISTINCT("category_id","district_id","effective_from")
);
--> statement-breakpoint
CREATE TABLE "dispatch_entry_co_units" (
	"entry_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "dispatch_entry_co_units_entry_id_unit_id_pk" PRIMARY KEY("entry_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sla_policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"clock_kind" "clock_kind" NOT NULL,
	"sign_for_limit" integer,
	"first_contact_limit" integer,
	"reply_limit" integer NOT NULL,
	"max_extensions" integer DEFAULT 1 NOT NULL,
	"max_extension_amount" integer,
	"warning_fraction" numeric(4, 3) DEFAULT 0.2 NOT NULL,
	"warning_minimum_working_days" integer DEFAULT 1 NOT NULL,
	"yellow_card_after_working_days" integer DEFAULT 1 NOT NULL,
	"red_card_after_working_days" integer DEFAULT 3 NOT NULL,
	"dispute_window_working_days" integer DEFAULT 5 NOT NULL,
	CONSTRAINT "sla_policies_code_unique" UNIQUE("code"),
	CONSTRAINT "sla_reply_positive" CHECK ("sla_policies"."reply_limit" > 0),
	CONSTRAINT "sla_sign_for_positive" CHECK ("sla_policies"."sign_for_limit" is null or "sla_policies"."sign_for_limit" > 0),
	CONSTRAINT "sla_contact_positive" CHECK ("sla_policies"."first_contact_limit" is null or "sla_policies"."first_contact_limit" > 0),
	CONSTRAINT "sla_ordered" CHECK (("sla_policies"."sign_for_limit" is null or "sla_policies"."sign_for_limit" <= "sla_policies"."reply_limit") and ("sla_policies"."first_contact_limit" is null or "sla_policies"."first_contact_limit" <= "sla_policies"."reply_limit")),
	CONSTRAINT "sla_extensions" CHECK ("sla_policies"."max_extensions" >= 0 and ("sla_policies"."max_extension_amount" is null or "sla_policies"."max_extension_amount" > 0)),
	CONSTRAINT "sla_warning" CHECK ("sla_policies"."warning_fraction" >= 0 and "sla_policies"."warning_fraction" < 1 and "sla_policies"."warning_minimum_working_days" >= 0),
	CONSTRAINT "sla_dispute_window" CHECK ("sla_policies"."dispute_window_working_days" >= 0),
	CONSTRAINT "sla_cards" CHECK ("sla_policies"."yellow_card_after_working_days" >= 0 and "sla_policies"."red_card_after_working_days" >= "sla_policies"."yellow_card_after_working_days")
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"calendar_id" integer NOT NULL,
	"date" date NOT NULL,
	"kind" "calendar_day_kind" NOT NULL,
	"name_zh" text DEFAULT '' NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	CONSTRAINT "calendar_days_calendar_id_date_pk" PRIMARY KEY("calendar_id","date")
);
--> statement-breakpoint
CREATE TABLE "calendars" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendars_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	CONSTRAINT "calendars_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"role" "role" DEFAULT 'citizen' NOT NULL,
	"unit_id" integer,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"blocked_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_unit_matches_role" CHECK (("users"."role" in ('unit_staff', 'unit_head')) = ("users"."unit_id" is not null)),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "case_co_units" (
	"case_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "case_co_units_case_id_unit_id_pk" PRIMARY KEY("case_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "case_contacts" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"name" text,
	"phone" text,
	"email" text,
	"id_number" text,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"event" "case_event" NOT NULL,
	"from_status" "case_status",
	"to_status" "case_status" NOT NULL,
	"actor_user_id" text,
	"actor_role" text NOT NULL,
	"unit_id" integer,
	"note" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"data" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"prev_hash" text,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_feedback" (
	"case_id" integer NOT NULL,
	"round" smallint NOT NULL,
	"contacted" boolean NOT NULL,
	"solved" boolean NOT NULL,
	"satisfaction" "satisfaction" NOT NULL,
	"comment" text,
	"unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_feedback_case_id_round_pk" PRIMARY KEY("case_id","round"),
	CONSTRAINT "case_feedback_round" CHECK ("case_feedback"."round" >= 0)
);
--> statement-breakpoint
CREATE TABLE "case_reference_counters" (
	"year" smallint PRIMARY KEY NOT NULL,
	"last_sequence" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"reference_year" smallint NOT NULL,
	"reference_sequence" integer NOT NULL,
	"tracking_code_hash" text NOT NULL,
	"idempotency_key" text,
	"type" "case_type" NOT NULL,
	"channel" "channel" NOT NULL,
	"status" "case_status" DEFAULT 'submitted' NOT NULL,
	"category_id" integer NOT NULL,
	"district_id" integer,
	"street" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"may_publish" boolean DEFAULT false NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"citizen_user_id" text,
	"lead_unit_id" integer,
	"designated" boolean DEFAULT false NOT NULL,
	"sla_policy_id" integer,
	"merged_into_id" integer,
	"redirect_channel" "redirect_channel",
	"redirect_reason_code" text,
	"dispatched_at" timestamp with time zone,
	"sign_for_due_at" timestamp with time zone,
	"first_contact_due_at" timestamp with time zone,
	"reply_due_at" timestamp with time zone,
	"dispute_due_at" timestamp with time zone,
	"feedback_due_at" timestamp with time zone,
	"signed_for_at" timestamp with time zone,
	"contacted_at" timestamp with time zone,
	"replied_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"signed_for_on_time" boolean,
	"replied_on_time" boolean,
	"working_days_to_reply" integer,
	"dispute_count" smallint DEFAULT 0 NOT NULL,
	"rehandle_count" smallint DEFAULT 0 NOT NULL,
	"extension_count" smallint DEFAULT 0 NOT NULL,
	"problem_case" boolean DEFAULT false NOT NULL,
	"reply_outcome" "reply_outcome",
	"reply_text" text,
	"reply_legal_basis" text,
	"reply_next_steps" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_reference_unique" UNIQUE("reference"),
	CONSTRAINT "cases_idempotencyKey_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "cases_reference_number" UNIQUE("reference_year","reference_sequence"),
	CONSTRAINT "cases_description_length" CHECK (char_length("cases"."description") <= 4000),
	CONSTRAINT "cases_title_length" CHECK (char_length("cases"."title") between 1 and 200),
	CONSTRAINT "cases_with_unit_has_lead" CHECK ("cases"."status" not in ('dispatched', 'signed_for', 'contacted', 'in_progress', 'awaiting_citizen', 'awaiting_approval', 'replied') or "cases"."lead_unit_id" is not null),
	CONSTRAINT "cases_merged_has_target" CHECK (("cases"."status" = 'merged') = ("cases"."merged_into_id" is not null)),
	CONSTRAINT "cases_redirected_has_channel" CHECK ("cases"."status" <> 'redirected' or "cases"."redirect_channel" is not null),
	CONSTRAINT "cases_not_supported_has_basis" CHECK ("cases"."reply_outcome" is distinct from 'not_supported' or "cases"."reply_legal_basis" is not null),
	CONSTRAINT "cases_counters" CHECK ("cases"."dispute_count" >= 0 and "cases"."rehandle_count" >= 0 and "cases"."extension_count" >= 0),
	CONSTRAINT "cases_coordinates" CHECK (("cases"."latitude" is null) = ("cases"."longitude" is null) and coalesce("cases"."latitude" between -90 and 90, true) and coalesce("cases"."longitude" between -180 and 180, true))
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_group_id_category_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."category_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_sla_policy_id_sla_policies_id_fk" FOREIGN KEY ("sla_policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_entries" ADD CONSTRAINT "dispatch_entries_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_entries" ADD CONSTRAINT "dispatch_entries_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_entries" ADD CONSTRAINT "dispatch_entries_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_entry_co_units" ADD CONSTRAINT "dispatch_entry_co_units_entry_id_dispatch_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dispatch_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_entry_co_units" ADD CONSTRAINT "dispatch_entry_co_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_calendar_id_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_co_units" ADD CONSTRAINT "case_co_units_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_co_units" ADD CONSTRAINT "case_co_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_citizen_user_id_users_id_fk" FOREIGN KEY ("citizen_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_sla_policy_id_sla_policies_id_fk" FOREIGN KEY ("sla_policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_merged_into_id_cases_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "categories_group_idx" ON "categories" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "dispatch_entries_category_idx" ON "dispatch_entries" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_feedback_unit_idx" ON "case_feedback" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_lead_status_idx" ON "cases" USING btree ("lead_unit_id","status");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_created_idx" ON "cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_replied_idx" ON "cases" USING btree ("replied_at");--> statement-breakpoint
CREATE INDEX "cases_citizen_idx" ON "cases" USING btree ("citizen_user_id");--> statement-breakpoint
CREATE INDEX "cases_category_idx" ON "cases" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to_address","created_at");