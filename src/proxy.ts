import { type NextRequest, NextResponse } from 'next/server'

/**
 * Payload picks the admin language from its `payload-lng` cookie, else from the browser's
 * Accept-Language. The office works in German, so without an explicit choice (a person can switch
 * to English in their account settings, which sets the cookie) the panel and API messages are German.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'de')
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: ['/admin/:path*', '/api/:path*'],
}
