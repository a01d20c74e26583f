import type { Endpoint } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { berlinDateKey } from '@/domain/dates'
import { doorListCsv as toCsv } from '@/domain/doorList/csv'
import { doorListMessages } from '@/messages/doorList'
import { doorListOf } from '@/registration/doorList'

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `GET /api/events/:id/door-list.csv`: the door list (confirmed registrations, check-in times)
 * for Excel. Names of registrants: coordinators and admins only, as on the list itself.
 */
export const doorListCsv: Endpoint = {
  path: '/:id/door-list.csv',
  method: 'get',
  handler: async (req) => {
    if (!isCoordinatorOrAdmin({ req })) return answer(403, doorListMessages.csvForbidden)
    const list = await doorListOf(req.payload, Number(req.routeParams?.id), req.user)
    if (!list) return answer(404, doorListMessages.unknownEvent)
    const fileName = `teilnehmerliste-${list.event.slug}-${berlinDateKey(list.event.start)}.csv`
    return new Response(toCsv(list.entries), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
