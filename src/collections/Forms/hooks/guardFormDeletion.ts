import type { CollectionBeforeDeleteHook } from 'payload'

import { executorFor, sql } from '@/db/sql'
import type { FormInUse } from '@/messages/formAdmin'
import { FormInUseError } from '../errors'

/**
 * A form goes only when nothing uses it any more. Its submissions need it (their form is required:
 * a deletion failed with an English 500 and kept nothing), and an event or a page that embeds it
 * would lose its registration silently; so would the draft still to be published (by hand or on
 * schedule) of an event or page, its newest version: the form would be cut from it without a word
 * (older versions do not count). The form row is locked `FOR UPDATE` first, so a submission
 * being stored at this moment counts (it holds a key-share lock on its form until its commit).
 */
export const guardFormDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const formId = Number(id)
  const db = await executorFor(req)
  // A statement of its own: the counts below must be read after the wait, in a new snapshot.
  await db.execute(sql`SELECT id FROM forms WHERE id = ${formId} FOR UPDATE`)
  const { rows } = await db.execute(sql`
    SELECT title,
      (SELECT count(*)::int FROM form_submissions WHERE form_id = ${formId}) AS submissions,
      (SELECT count(DISTINCT event_id)::int FROM (
        SELECT id AS event_id FROM events WHERE registration_form_id = ${formId}
        UNION SELECT parent_id FROM _events_v
          WHERE latest AND version_registration_form_id = ${formId}
      ) AS used) AS events,
      (SELECT count(DISTINCT page_id)::int FROM (
        SELECT _parent_id AS page_id FROM pages_blocks_form_block WHERE form_id = ${formId}
        UNION SELECT _parent_id FROM pages_blocks_registration_form WHERE form_id = ${formId}
        UNION SELECT v.parent_id FROM _pages_v_blocks_form_block b
          JOIN _pages_v v ON v.id = b._parent_id WHERE v.latest AND b.form_id = ${formId}
        UNION SELECT v.parent_id FROM _pages_v_blocks_registration_form b
          JOIN _pages_v v ON v.id = b._parent_id WHERE v.latest AND b.form_id = ${formId}
      ) AS used) AS pages
    FROM forms WHERE id = ${formId}`)
  const use = rows[0] as FormInUse | undefined
  if (use && (use.submissions > 0 || use.events > 0 || use.pages > 0)) throw new FormInUseError(use)
}
