CREATE TABLE "petition_count_districts" (
	"count_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"signature_count" integer NOT NULL,
	CONSTRAINT "petition_count_districts_count_id_district_id_pk" PRIMARY KEY("count_id","district_id"),
	CONSTRAINT "petition_count_districts_signatures" CHECK ("petition_count_districts"."signature_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "petition_counts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"petition_id" integer NOT NULL,
	"counted_at" timestamp with time zone NOT NULL,
	"signature_count" integer NOT NULL,
	CONSTRAINT "petition_counts_signatures" CHECK ("petition_counts"."signature_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "petition_count_districts" ADD CONSTRAINT "petition_count_districts_count_id_petition_counts_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."petition_counts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_count_districts" ADD CONSTRAINT "petition_count_districts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_counts" ADD CONSTRAINT "petition_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_counts_petition_idx" ON "petition_counts" USING btree ("petition_id","counted_at");--> statement-breakpoint
-- The history starts with the count each petition holds now (hand-written).
INSERT INTO "petition_counts" ("petition_id", "counted_at", "signature_count")
  SELECT "id", "counted_at", "signature_count" FROM "petitions" WHERE "counted_at" IS NOT NULL;--> statement-breakpoint
INSERT INTO "petition_count_districts" ("count_id", "district_id", "signature_count")
  SELECT pc."id", d."district_id", d."signature_count"
  FROM "petition_counts" pc JOIN "petition_district_counts" d ON d."petition_id" = pc."petition_id"
  WHERE d."signature_count" > 0;
