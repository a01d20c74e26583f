import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { sameSitePath } from '@/domain/http/sameSitePath'
import { payloadClient } from '@/lib/content'

/** Switches on draft mode for signed-in staff, then shows the page: the admin's preview link. */
export const GET = async (request: Request) => {
  // Only paths of this site: an open redirect would let anyone borrow our address.
  const path = sameSitePath(new URL(request.url).searchParams.get('path') ?? '/')
  if (!path) {
    return new Response('Ungültige Adresse.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff({ user })) {
    return new Response('Die Vorschau ist nur angemeldeten Mitarbeitenden zugänglich.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
