-- The transparency rollups (db/schema/rollups.ts) are refreshed from this change log. Triggers,
-- not an updated_at watermark: imports write historic updated_at values, and the days a case
-- leaves (its old reply day) are known only here, from OLD.
INSERT INTO "portal_rollup_state" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION portal_log_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO portal_rollup_changes (created_at, replied_at, closed_at) VALUES (NEW.created_at, NEW.replied_at, NEW.closed_at);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO portal_rollup_changes (created_at, replied_at, closed_at) VALUES (OLD.created_at, OLD.replied_at, OLD.closed_at);
  ELSIF (OLD.lead_unit_id, OLD.category_id, OLD.district_id, OLD.created_at, OLD.replied_at, OLD.closed_at, OLD.signed_for_on_time,
         OLD.replied_on_time, OLD.working_days_to_reply, OLD.dispute_count, OLD.rehandle_count)
        IS DISTINCT FROM
        (NEW.lead_unit_id, NEW.category_id, NEW.district_id, NEW.created_at, NEW.replied_at, NEW.closed_at, NEW.signed_for_on_time,
         NEW.replied_on_time, NEW.working_days_to_reply, NEW.dispute_count, NEW.rehandle_count) THEN
    INSERT INTO portal_rollup_changes (created_at, replied_at, closed_at)
      VALUES (OLD.created_at, OLD.replied_at, OLD.closed_at), (NEW.created_at, NEW.replied_at, NEW.closed_at);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER portal_log_case_change AFTER INSERT OR UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION portal_log_case_change();
--> statement-breakpoint
CREATE FUNCTION portal_log_feedback_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO portal_rollup_changes (replied_at)
    SELECT c.replied_at FROM cases c WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END AND c.replied_at IS NOT NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER portal_log_feedback_change AFTER INSERT OR UPDATE OR DELETE ON case_feedback FOR EACH ROW EXECUTE FUNCTION portal_log_feedback_change();
