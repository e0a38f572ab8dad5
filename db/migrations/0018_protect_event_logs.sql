-- The event logs are append-only (docs/integrity.md). Triggers refuse UPDATE, DELETE and TRUNCATE
-- of case events and of the admin audit log for everyone; the application's role (answerable_app,
-- which the app assumes on every connection) is not even granted them. A superuser can still
-- disable a trigger: the hash chains and the signed daily checkpoints make that visible.
CREATE TRIGGER case_events_no_truncate
  BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_events_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION admin_audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The one change allowed: hashing, once, a row written before the chain existed.
  IF TG_OP = 'UPDATE' THEN
    IF OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id = OLD.id
       AND NEW.actor_user_id IS NOT DISTINCT FROM OLD.actor_user_id AND NEW.action = OLD.action
       AND NEW.subject = OLD.subject AND NEW.before IS NOT DISTINCT FROM OLD.before
       AND NEW.after IS NOT DISTINCT FROM OLD.after AND NEW.occurred_at = OLD.occurred_at THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'admin_audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER admin_audit_append_only
  BEFORE UPDATE OR DELETE ON admin_audit_log
  FOR EACH ROW EXECUTE FUNCTION admin_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER admin_audit_no_truncate
  BEFORE TRUNCATE ON admin_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION event_checkpoints_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'event_checkpoints is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER event_checkpoints_append_only
  BEFORE UPDATE OR DELETE ON event_checkpoints
  FOR EACH ROW EXECUTE FUNCTION event_checkpoints_refuse_change();
--> statement-breakpoint
-- The application's role. Roles belong to the whole server: create it once (a DBA may create it
-- beforehand when the migrating user may not create roles).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'answerable_app') THEN
    CREATE ROLE answerable_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO answerable_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO answerable_app;
--> statement-breakpoint
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO answerable_app;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO answerable_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON case_events, admin_audit_log, event_checkpoints FROM answerable_app;
--> statement-breakpoint
-- Tables and sequences of later migrations (made by the same migrating user) are the app's too;
-- a migration that adds an append-only table revokes what it must.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO answerable_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO answerable_app;
