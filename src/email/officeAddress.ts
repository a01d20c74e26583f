import type { PayloadRequest } from 'payload'

import { executorFor, sql } from '@/db/sql'

/**
 * The office's address for its notices, read as one column in the request's transaction. Payload's
 * `findGlobal` joins the header and footer navigation even when only this field is selected; on
 * every submission that was a second, larger statement for one value (the settings' schema is in
 * the committed migrations, so the column is checked by the schema-drift test).
 */
export const officeAddressOf = async (req: PayloadRequest): Promise<string | undefined> => {
  const db = await executorFor(req)
  const { rows } = await db.execute(sql`SELECT office_email FROM site_settings LIMIT 1`)
  const address = (rows as { office_email: string | null }[])[0]?.office_email
  return address || undefined
}
