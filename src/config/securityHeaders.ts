/**
 * Response headers for every route. The policy allows only our own origin; inline scripts and
 * styles stay allowed because Next.js and Payload's admin bootstrap with them (a nonce would need
 * per-request rendering of the cached pages too). `frame-ancestors 'self'` keeps the admin's live
 * preview working and everyone else from framing the site.
 */
type Header = { key: string; value: string }

export const contentSecurityPolicy = (development: boolean) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')

export const securityHeaders = (production: boolean): Header[] => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(!production) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links leaving the site carry only the origin: never a cancellation token from the address.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ...(production
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

/** The same headers without the Content-Security-Policy, for answers that bring their own. */
export const withoutPolicy = (headers: Header[]) =>
  headers.filter((header) => header.key !== 'Content-Security-Policy')

/**
 * The data-subject document (`/api/data-requests/document`) shows stored text that anyone may
 * have typed into a form: escaped, and on top of that the page may load and run nothing at all.
 */
export const accessDocumentPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ')

/**
 * Answers that set their own Content-Security-Policy: uploaded files (the Media collection's
 * `safeFileHeaders`, by file type) and the data-subject document. Next.js would keep a policy
 * from `next.config.ts` over the route's own, so these paths get the other headers only.
 */
export const ownPolicySources = ['/api/media/file/:path*', '/api/data-requests/document']

/** Every other path: the site policy. Kept in step with `ownPolicySources` (a unit test checks). */
export const sitePolicySource = '/((?!api/media/file/|api/data-requests/document$).*)'

/** What `noStorePaths` answer with. */
export const noStoreCacheControl = 'private, no-store'

/** Pages with personal data or one-time results must never be stored by browsers or proxies. */
export const noStorePaths = [
  '/admin/:path*',
  '/anmeldung/:path*',
  '/einwilligung/:path*',
  '/api/:path*',
  '/next/:path*',
]

/**
 * The public pages are the same for everyone: a proxy in front may keep them briefly. Five
 * seconds keep a seat count behind it under ten seconds old, counting the one request that finds
 * the copy expired, gets it once more and has it renewed ("stale while revalidate"; measured by
 * `npm run bench`: 11 s with ten seconds here).
 */
export const publicCacheControl = 'public, s-maxage=5, stale-while-revalidate=60'

/**
 * Every path but the ones above and Next.js' own files (which carry their own header), by whole
 * first segment: an editor's page `/anmeldungen` is a public page like any other.
 */
export const publicPagesSource = '/((?!(?:admin|api|anmeldung|einwilligung|next|_next)(?:/|$)).*)'

/**
 * Only plain page requests: a form post (server action, with or without JavaScript) answers with
 * the sender's result, and draft mode shows unpublished changes to staff. (Next.js itself sends
 * `private, no-store` for draft mode and failed renders, over this header.)
 */
export const publicRequestOnly = [
  { type: 'header' as const, key: 'next-action' },
  { type: 'header' as const, key: 'content-type' },
  { type: 'cookie' as const, key: '__prerender_bypass' },
]
