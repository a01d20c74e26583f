import { type NextRequest, NextResponse } from 'next/server'

import { actionBodyLimitBytes, actionPayloadProblem } from '@/domain/http/actionPayload'
import { refusedPostPage } from '@/lib/refusedPostPage'
import { refusedServerActionHeaders, serverActionArgumentsProblem } from '@/lib/serverActionGuard'

/**
 * Payload picks the admin language from its `payload-lng` cookie, else from the browser's
 * Accept-Language. The office works in German, so without an explicit choice (a person can switch
 * to English in their account settings, which sets the cookie) the panel and API messages are German.
 */
const germanAdmin = (request: NextRequest) => {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'de')
  return NextResponse.next({ request: { headers } })
}

/** A form posted to a public page: refused here when Next.js would answer it with a 500. */
const checkFormPost = async (request: NextRequest) => {
  const refused = refusedServerActionHeaders(request)
  if (refused) return refused
  const declared = Number(request.headers.get('content-length') ?? 0)
  const body = declared > actionBodyLimitBytes ? null : await request.clone().arrayBuffer()
  if (!body || body.byteLength > actionBodyLimitBytes)
    return refusedPostPage('tooLarge', request.nextUrl.pathname)
  const fields = await new Response(body, { headers: request.headers }).formData().catch(() => null)
  const problem = fields
    ? (actionPayloadProblem(fields.entries()) ?? serverActionArgumentsProblem(request, fields))
    : 'malformed'
  return problem ? refusedPostPage(problem, request.nextUrl.pathname) : NextResponse.next()
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname
  if (path.startsWith('/admin')) return germanAdmin(request)
  return checkFormPost(request)
}

export const config = {
  matcher: [
    '/admin/:path*',
    // Next.js buffers the body of every request the proxy sees (10 MB at most, then cuts it off).
    // The REST API skips the proxy, which would cost it about 2 ms of CPU per request: its route
    // sets the German and limits bodies itself (`src/lib/officeApiRequest.ts`), media uploads
    // included, which Payload streams to disk.
    // (Next.js reads this config without running it: the values must be written out.)
    // multipart posts to public pages: the site's forms without JavaScript
    {
      source: '/((?!_next/|api/|admin).*)',
      has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
    // server actions called with JavaScript, whatever their body
    { source: '/((?!_next/|api/|admin).*)', has: [{ type: 'header', key: 'next-action' }] },
  ],
}
