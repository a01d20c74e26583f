import type { Endpoint, PayloadRequest, TypedUser } from 'payload'

import { hasRole } from '@/domain/roles'
import { erasePersonData, exportPersonData, normaliseEmail } from '@/privacy/personDataRequest'

const allowed = (req: PayloadRequest) =>
  hasRole(req.user as { role?: 'admin' } | null, 'admin', 'coordinator')

const forbidden = () =>
  Response.json(
    { errors: [{ message: 'Keine Berechtigung für Datenschutz-Anfragen.' }] },
    { status: 403 },
  )

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

const validEmail = (value: unknown) =>
  typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value.trim())

/** `GET /api/data-requests/export?email=…`: everything about one address as a JSON file. */
const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!allowed(req)) return forbidden()
    const email = (req.query as { email?: unknown }).email
    if (!validEmail(email)) return badRequest('Bitte geben Sie eine gültige E-Mail-Adresse an.')
    const data = await exportPersonData(req.payload, email as string, req.user as TypedUser)
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="datenauskunft-${new Date().toISOString().slice(0, 10)}.json"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/** `POST /api/data-requests/erase` with `{ email, confirmEmail }`: the confirmation must repeat the address. */
const eraseEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req)) return forbidden()
    const body = (await req.json?.().catch(() => null)) as {
      email?: unknown
      confirmEmail?: unknown
    } | null
    if (!body || !validEmail(body.email))
      return badRequest('Bitte geben Sie eine gültige E-Mail-Adresse an.')
    if (
      typeof body.confirmEmail !== 'string' ||
      normaliseEmail(body.confirmEmail) !== normaliseEmail(body.email as string)
    )
      return badRequest(
        'Zur Bestätigung muss die E-Mail-Adresse genau noch einmal eingegeben werden.',
      )
    const counts = await erasePersonData(req.payload, body.email as string, req.user as TypedUser)
    return Response.json({ erased: counts })
  },
}

export const dataRequestEndpoints = [exportEndpoint, eraseEndpoint]
