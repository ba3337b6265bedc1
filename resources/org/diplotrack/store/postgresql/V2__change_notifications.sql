-- Every transaction that changes contacts or missions tells the other windows at its commit
-- (issue 14): one notification per writer and transaction (PostgreSQL folds equal payloads),
-- whose payload is the writer's backend pid, so that a window can leave out its own writes.
CREATE FUNCTION diplotrack_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('diplotrack_changes', pg_backend_pid()::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER contact_changed AFTER INSERT OR UPDATE OR DELETE ON contact
  FOR EACH STATEMENT EXECUTE FUNCTION diplotrack_notify_change();
CREATE TRIGGER missions_changed AFTER INSERT OR UPDATE OR DELETE ON missions
  FOR EACH STATEMENT EXECUTE FUNCTION diplotrack_notify_change();
