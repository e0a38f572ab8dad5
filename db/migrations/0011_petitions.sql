CREATE TYPE "public"."petition_block_kind" AS ENUM('ip_range', 'domain', 'email');--> statement-breakpoint
CREATE TYPE "public"."petition_rejection" AS ENUM('duplicate', 'not_remit', 'already_happening', 'unclear', 'other_channel', 'offensive', 'personal_data', 'libel');--> statement-breakpoint
CREATE TYPE "public"."petition_status" AS ENUM('draft', 'gathering', 'moderation', 'open', 'closed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."signature_status" AS ENUM('pending', 'validated', 'fraudulent', 'invalidated');--> statement-breakpoint
CREATE TABLE "petition_blocks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_blocks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "petition_block_kind" NOT NULL,
	"pattern" text NOT NULL,
	"note" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petition_blocks_unique" UNIQUE("kind","pattern")
);
--> statement-breakpoint
CREATE TABLE "petition_district_counts" (
	"petition_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"signature_count" integer NOT NULL,
	CONSTRAINT "petition_district_counts_petition_id_district_id_pk" PRIMARY KEY("petition_id","district_id")
);
--> statement-breakpoint
CREATE TABLE "petition_moderation_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_moderation_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"petition_id" integer NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"detail" text,
	"affected" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_signatures" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_signatures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"petition_id" integer NOT NULL,
	"status" "signature_status" DEFAULT 'pending' NOT NULL,
	"name" text,
	"email" text,
	"canonical_email" text,
	"email_domain" text,
	"district_id" integer NOT NULL,
	"notify" boolean DEFAULT false NOT NULL,
	"ip_address" "inet",
	"token_hash" text,
	"fraud_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"validated_at" timestamp with time zone,
	"invalidated_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "petition_signatures_one_per_email" UNIQUE("petition_id","canonical_email"),
	CONSTRAINT "petition_signatures_personal_data" CHECK ("petition_signatures"."anonymised_at" is not null or ("petition_signatures"."name" is not null and "petition_signatures"."email" is not null and "petition_signatures"."canonical_email" is not null))
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"status" "petition_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"action" text NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"creator_user_id" text NOT NULL,
	"creator_name" text,
	"show_creator_name" boolean DEFAULT false NOT NULL,
	"share_token" text NOT NULL,
	"supporters_required" integer NOT NULL,
	"submitted_at" timestamp with time zone,
	"moderation_due_at" timestamp with time zone,
	"moderation_warn_at" timestamp with time zone,
	"moderated_at" timestamp with time zone,
	"moderator_user_id" text,
	"rejection_code" "petition_rejection",
	"rejection_note" text,
	"flagged_at" timestamp with time zone,
	"flag_note" text,
	"responsible_unit_id" integer,
	"opened_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"signature_count" integer DEFAULT 0 NOT NULL,
	"counted_at" timestamp with time zone,
	"response_threshold_at" timestamp with time zone,
	"debate_threshold_at" timestamp with time zone,
	"response_case_id" integer,
	"answered_at" timestamp with time zone,
	"answer_text" text,
	"hearing_date" date,
	"hearing_outcome" text,
	"signatures_anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petitions_shareToken_unique" UNIQUE("share_token"),
	CONSTRAINT "petitions_title_length" CHECK (char_length("petitions"."title") between 1 and 150),
	CONSTRAINT "petitions_action_length" CHECK (char_length("petitions"."action") between 1 and 1000),
	CONSTRAINT "petitions_background_length" CHECK (char_length("petitions"."background") <= 3000),
	CONSTRAINT "petitions_count" CHECK ("petitions"."signature_count" >= 0),
	CONSTRAINT "petitions_rejected_has_code" CHECK (("petitions"."status" = 'rejected') = ("petitions"."rejection_code" is not null)),
	CONSTRAINT "petitions_open_has_dates" CHECK ("petitions"."status" not in ('open', 'closed') or ("petitions"."opened_at" is not null and "petitions"."closes_at" is not null and "petitions"."responsible_unit_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "petition_blocks" ADD CONSTRAINT "petition_blocks_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_district_counts" ADD CONSTRAINT "petition_district_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_district_counts" ADD CONSTRAINT "petition_district_counts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_moderation_log" ADD CONSTRAINT "petition_moderation_log_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_moderation_log" ADD CONSTRAINT "petition_moderation_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_creator_user_id_users_id_fk" FOREIGN KEY ("creator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_moderator_user_id_users_id_fk" FOREIGN KEY ("moderator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_response_case_id_cases_id_fk" FOREIGN KEY ("response_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_moderation_log_petition_idx" ON "petition_moderation_log" USING btree ("petition_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "petition_signatures_token_idx" ON "petition_signatures" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "petition_signatures_count_idx" ON "petition_signatures" USING btree ("petition_id","status","district_id");--> statement-breakpoint
CREATE INDEX "petition_signatures_time_idx" ON "petition_signatures" USING btree ("petition_id","created_at");--> statement-breakpoint
CREATE INDEX "petitions_status_idx" ON "petitions" USING btree ("status","opened_at");--> statement-breakpoint
CREATE INDEX "petitions_creator_idx" ON "petitions" USING btree ("creator_user_id");--> statement-breakpoint
CREATE INDEX "petitions_title_trgm_idx" ON "petitions" USING gin ("title" gin_trgm_ops);