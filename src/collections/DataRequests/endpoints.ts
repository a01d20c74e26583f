import type { Endpoint, TypedUser } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { accessDocumentPolicy } from '@/config/securityHeaders'
import { buildAccessReport } from '@/privacy/accessReport'
import { renderAccessReport } from '@/privacy/accessReportHtml'
import { erasePersonData, exportPersonData, normaliseEmail } from '@/privacy/personDataRequest'
import { dataRequestMessages } from '@/messages/dataRequests'

const forbidden = () =>
  Response.json({ errors: [{ message: dataRequestMessages.forbidden }] }, { status: 403 })

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

const validEmail = (value: unknown) =>
  typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value.trim())

/** `GET /api/data-requests/export?email=…`: everything about one address as a JSON file. */
const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isCoordinatorOrAdmin({ req })) return forbidden()
    const email = (req.query as { email?: unknown }).email
    if (!validEmail(email)) return badRequest(dataRequestMessages.invalidEmail)
    const data = await exportPersonData(req.payload, email as string, req.user as TypedUser)
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="datenauskunft-${new Date().toISOString().slice(0, 10)}.json"`,
        'cache-control': 'private, no-store',
        'x-robots-tag': 'noindex, nofollow',
      },
    })
  },
}

const exportPath = (email: string) => `/api/data-requests/export?email=${encodeURIComponent(email)}`

/**
 * `GET /api/data-requests/document?email=…`: the same data as a readable German page to print
 * or save as PDF for the person. It carries personal data, so nothing may keep or index it, and
 * its own policy lets the page load nothing at all (stored text is hostile, even escaped).
 */
const documentEndpoint: Endpoint = {
  path: '/document',
  method: 'get',
  handler: async (req) => {
    if (!isCoordinatorOrAdmin({ req })) return forbidden()
    const email = (req.query as { email?: unknown }).email
    if (!validEmail(email)) return badRequest(dataRequestMessages.invalidEmail)
    const report = await buildAccessReport(req.payload, email as string, req.user as TypedUser)
    return new Response(renderAccessReport(report, exportPath(report.email)), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'private, no-store',
        'x-robots-tag': 'noindex, nofollow',
        'content-security-policy': accessDocumentPolicy,
      },
    })
  },
}

/** `POST /api/data-requests/erase` with `{ email, confirmEmail }`: the confirmation must repeat the address. */
const eraseEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!isCoordinatorOrAdmin({ req })) return forbidden()
    const body = (await req.json?.().catch(() => null)) as {
      email?: unknown
      confirmEmail?: unknown
    } | null
    if (!body || !validEmail(body.email)) return badRequest(dataRequestMessages.invalidEmail)
    if (
      typeof body.confirmEmail !== 'string' ||
      normaliseEmail(body.confirmEmail) !== normaliseEmail(body.email as string)
    )
      return badRequest(dataRequestMessages.confirmationMismatch)
    const counts = await erasePersonData(req.payload, body.email as string, req.user as TypedUser)
    return Response.json({ erased: counts })
  },
}

export const dataRequestEndpoints = [exportEndpoint, documentEndpoint, eraseEndpoint]
