CREATE TABLE "area_boundaries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "area_boundaries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"geometry" jsonb NOT NULL,
	"imported_by" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_boundaries_geometry_type" CHECK ("area_boundaries"."geometry"->>'type' in ('Polygon', 'MultiPolygon'))
);
--> statement-breakpoint
ALTER TABLE "area_boundaries" ADD CONSTRAINT "area_boundaries_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_boundaries" ADD CONSTRAINT "area_boundaries_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_boundaries_district_idx" ON "area_boundaries" USING btree ("district_id");