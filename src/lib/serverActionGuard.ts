import type { NextRequest } from 'next/server'

import {
  comparedHost,
  fetchActionArgumentsProblem,
  fetchActionProblem,
  isCrossSiteOrigin,
} from '@/domain/http/serverActionRequest'
import { refusedPostPage } from './refusedPostPage'

const refused = (problem: 'crossSite' | 'malformed', request: NextRequest) => {
  // the path only: no query (tokens), no form contents
  console.warn(`Server-Action abgelehnt (${problem}): ${request.nextUrl.pathname}`)
  return refusedPostPage(problem, request.nextUrl.pathname)
}

/**
 * A post to a public page that Next.js would answer with a 500: sent from another site (or from
 * `Origin: null`), or a JavaScript call with an id or body no action of this site accepts.
 */
export const refusedServerActionHeaders = (request: NextRequest) => {
  if (request.method !== 'POST') return null
  const { headers } = request
  const host = comparedHost(headers.get('x-forwarded-host'), headers.get('host'))
  if (isCrossSiteOrigin(headers.get('origin'), host)) return refused('crossSite', request)
  const actionId = headers.get('next-action')
  if (actionId !== null && fetchActionProblem(actionId, headers.get('content-type')))
    return refused('malformed', request)
  return null
}

/** The argument list of a JavaScript call, once the proxy has read the multipart body. */
export const serverActionArgumentsProblem = (request: NextRequest, fields: FormData) =>
  request.headers.has('next-action') ? fetchActionArgumentsProblem(fields.entries()) : null
