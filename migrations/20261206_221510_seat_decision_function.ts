import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The seat decision's facts under the event's row lock in one round trip (src/registration/seats.ts).
// VOLATILE on purpose: each statement of the function reads with a snapshot of its own, so the
// count after the lock sees every registration committed while this one waited for it; a single
// statement would still count with the snapshot from before the wait.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION seat_decision_facts(
    event integer, address varchar, except_id integer, take_lock boolean
  ) RETURNS TABLE (capacity numeric, event_status text, confirmed integer, earlier integer)
  LANGUAGE plpgsql VOLATILE AS $$
  BEGIN
    IF take_lock THEN
      SELECT e.registration_capacity, e.event_status::text INTO capacity, event_status
      FROM events e WHERE e.id = event FOR NO KEY UPDATE;
    ELSE
      SELECT e.registration_capacity, e.event_status::text INTO capacity, event_status
      FROM events e WHERE e.id = event;
    END IF;
    SELECT COALESCE(SUM(COALESCE(s.persons, 1)), 0)::integer INTO confirmed
    FROM form_submissions s
    WHERE s.event_id = event AND s.status = 'confirmed' AND s.id <> except_id;
    SELECT s.id INTO earlier
    FROM form_submissions s
    WHERE s.event_id = event AND lower(s.email) = lower(COALESCE(address, ''))
      AND s.status IN ('confirmed', 'waitlisted') AND s.id <> except_id
    ORDER BY s.id LIMIT 1;
    RETURN NEXT;
  END $$;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP FUNCTION seat_decision_facts(integer, varchar, integer, boolean);`)
}
