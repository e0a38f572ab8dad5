CREATE TYPE "public"."notice_channel" AS ENUM('mail', 'sms');--> statement-breakpoint
CREATE TYPE "public"."notice_status" AS ENUM('pending', 'sent', 'dead');--> statement-breakpoint
CREATE TABLE "dev_mailbox" (
	"outbox_id" bigint PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "channel" "notice_channel" DEFAULT 'mail' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "status" "notice_status" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "dev_mailbox" ADD CONSTRAINT "dev_mailbox_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "mail_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "mail_outbox_dead_idx" ON "mail_outbox" USING btree ("created_at") WHERE "mail_outbox"."status" = 'dead';--> statement-breakpoint
-- Messages delivered before the outbox had a status are sent; one whose delivery failed is tried again.
UPDATE "mail_outbox" SET "status" = 'sent', "attempts" = 1 WHERE "sent_at" IS NOT NULL;--> statement-breakpoint
UPDATE "mail_outbox" SET "attempts" = 1 WHERE "sent_at" IS NULL AND "error" IS NOT NULL;
