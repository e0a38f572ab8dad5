CREATE TABLE "import_jobs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failure" jsonb,
	"actor_user_id" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_status" CHECK ("import_jobs"."status" in ('running', 'done', 'failed')),
	CONSTRAINT "import_jobs_kind" CHECK ("import_jobs"."kind" in ('units', 'categories', 'dispatch', 'users', 'cases')),
	CONSTRAINT "import_jobs_progress" CHECK ("import_jobs"."processed" between 0 and "import_jobs"."total")
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "contact_address" text;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;