-- The app's role may not create objects (migration 0018), but a new year needs its reference
-- sequence (case_reference_<year>). This function, run with its owner's rights, creates exactly
-- that and nothing else, and lets the app's role use it.
CREATE OR REPLACE FUNCTION ensure_case_reference_sequence(reference_year integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF reference_year < 1000 OR reference_year > 9999 THEN
    RAISE EXCEPTION 'bad reference year %', reference_year USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('CREATE SEQUENCE IF NOT EXISTS case_reference_%s MINVALUE 1', reference_year);
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'answerable_app') THEN
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE case_reference_%s TO answerable_app', reference_year);
  END IF;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ensure_case_reference_sequence(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ensure_case_reference_sequence(integer) TO answerable_app;
