import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { executorFor, sql } from '@/db/sql'
import { isStoredId } from '@/domain/relations'
import type { Form } from '@/payload-types'

/** Forms as last read, with the `updated_at` they had then. A site has a handful of forms. */
const lastRead = new Map<number, { updatedAt: string; form: Form }>()
const keptAtMost = 50

/**
 * The form a submission answers, for checking the answers. A form is read whole (every field
 * block is a table of its own: one wide query, the costliest read of a registration) but changes
 * rarely, so the last read is kept. Each submission still asks the database for the form's
 * `updated_at` (one index lookup): an edit applies to the very next submission, on every
 * instance. Null when the form does not exist. The form returned is shared: never change it.
 */
export const formForSubmission = async (
  req: PayloadRequest,
  formId: number,
): Promise<Form | null> => {
  if (!isStoredId(formId)) return null
  const db = await executorFor(req)
  const { rows } = await db.execute(sql`SELECT updated_at FROM forms WHERE id = ${formId}`)
  const stamp = (rows[0] as { updated_at: Date | string } | undefined)?.updated_at
  if (stamp == null) return null
  const updatedAt = stamp instanceof Date ? stamp.toISOString() : String(stamp)
  const kept = lastRead.get(formId)
  if (kept?.updatedAt === updatedAt) return kept.form
  const form = await req.payload
    .findByID({ collection: collectionSlugs.forms, id: formId, depth: 0, req })
    .catch(() => null)
  if (form) {
    if (lastRead.size >= keptAtMost) lastRead.clear()
    lastRead.set(formId, { updatedAt, form })
  }
  return form
}
