import { draftMode, headers } from 'next/headers'

import { payloadClient, publicViewer, type Viewer } from './content'
import { isStaff } from '@/access/roles'

/**
 * In Next.js draft mode (switched on by /next/preview for signed-in staff) drafts are shown, but
 * only to a request that still carries a staff login; everyone else sees the published site.
 */
export const currentViewer = async (): Promise<Viewer> => {
  if (!(await draftMode()).isEnabled) return publicViewer
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaff({ user })) return publicViewer
  return { draft: true, user }
}
