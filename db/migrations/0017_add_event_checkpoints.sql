CREATE TABLE "event_checkpoints" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_checkpoints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"day" date NOT NULL,
	"max_event_id" bigint NOT NULL,
	"max_audit_id" bigint NOT NULL,
	"case_chains" integer NOT NULL,
	"root" text NOT NULL,
	"signature" text,
	"public_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_checkpoints_day_unique" UNIQUE("day")
);
