CREATE TABLE "open311_clients" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "open311_clients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"requests_per_minute" integer DEFAULT 30 NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "open311_clients_name_unique" UNIQUE("name"),
	CONSTRAINT "open311_clients_keyHash_unique" UNIQUE("key_hash"),
	CONSTRAINT "open311_clients_name_length" CHECK (char_length("open311_clients"."name") between 1 and 100),
	CONSTRAINT "open311_clients_rate" CHECK ("open311_clients"."requests_per_minute" between 1 and 600),
	CONSTRAINT "open311_clients_key_hash" CHECK ("open311_clients"."key_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "open311_requests" (
	"token" text PRIMARY KEY NOT NULL,
	"client_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"media_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "open311_requests_caseId_unique" UNIQUE("case_id"),
	CONSTRAINT "open311_requests_token" CHECK ("open311_requests"."token" ~ '^[0-9a-f-]{36}$'),
	CONSTRAINT "open311_requests_media_url" CHECK ("open311_requests"."media_url" is null or char_length("open311_requests"."media_url") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "open311_clients" ADD CONSTRAINT "open311_clients_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_requests" ADD CONSTRAINT "open311_requests_client_id_open311_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."open311_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_requests" ADD CONSTRAINT "open311_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "open311_requests_client_idx" ON "open311_requests" USING btree ("client_id","created_at");