import type { Endpoint } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { figuresCsv as toCsv } from '@/domain/figures/csv'
import { parseFiguresSelection } from '@/domain/figures/selection'
import { slugify } from '@/domain/slugify'
import { figuresMessages } from '@/messages/figures'
import { figuresFor } from '@/registration/figures'

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const refusals = {
  signedOut: { status: 401, message: figuresMessages.signedOut },
  forbidden: { status: 403, message: figuresMessages.forbidden },
  unknownEvent: { status: 404, message: figuresMessages.unknownEvent },
} as const

/**
 * `GET /api/form-submissions/auswertung.csv?veranstaltung=<id>` or `?von=…&bis=…`: the anonymous
 * figures for the funder as CSV, for coordinators and admins (as the view /admin/auswertung).
 */
export const figuresCsv: Endpoint = {
  path: '/auswertung.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return answer(401, figuresMessages.signedOut)
    // Before the query is read: an editor is refused whatever they ask for (as the view does).
    if (!isCoordinatorOrAdmin({ req })) return answer(403, figuresMessages.forbidden)
    const parsed = parseFiguresSelection((req.query ?? {}) as Record<string, unknown>)
    if (parsed.ok === 'none') return answer(400, figuresMessages.noSelection)
    if (!parsed.ok) return answer(400, parsed.message)
    const result = await figuresFor(req.payload, parsed.selection, req.user)
    if (!result.ok) {
      const { status, message } = refusals[result.reason]
      return answer(status, message)
    }
    const { selection } = parsed
    const name =
      selection.kind === 'event'
        ? `auswertung-${slugify(result.events[0]!.title)}`
        : `auswertung-${selection.from}-bis-${selection.to}`
    return new Response(toCsv(result.figures, result.subject), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
