-- Reference numbers come from one sequence per year (case_reference_<year>): nextval takes no row
-- lock, so concurrent filings do not queue behind a counter row. Carry the counters over first.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT year, last_sequence FROM case_reference_counters LOOP
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS case_reference_%s MINVALUE 1', r.year);
    IF r.last_sequence > 0 THEN
      PERFORM setval(format('case_reference_%s', r.year), r.last_sequence);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
DROP TABLE "case_reference_counters" CASCADE;
