import type { SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { apiBodyLimitBytes, hasLanguageChoice, isMultipartBody } from '@/domain/http/apiBody'
import { requestMessages } from '@/messages/requests'
import type { RestHandler } from './unversionedApiPaths'

const megabyte = 1024 * 1024

/** The body read up to the limit; `undefined` when it is longer. */
const bodyWithin = async (body: ReadableStream<Uint8Array>, limit: number) => {
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks, length)
    length += value.byteLength
    if (length > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
}

const tooLarge = async (config: Promise<SanitizedConfig>, path: string) => {
  const payload = await getPayload({ config })
  // The path only: the body is what a stranger sent.
  payload.logger.info(`Anfrage an ${path} abgelehnt: Inhalt über ${apiBodyLimitBytes} Bytes.`)
  return Response.json(
    { errors: [{ message: requestMessages.tooLarge(apiBodyLimitBytes / megabyte) }] },
    { status: 413 },
  )
}

/**
 * The REST API's requests as the office serves them. Next.js' proxy (`src/proxy.ts`) used to see
 * every API request to make Payload answer in German; that costs about 2 ms of CPU per request
 * (a registration over REST: 18.5 → 16.3 ms, `npm run bench`), because Next.js then buffers the
 * body and runs the proxy apart from the route. Here, for the same effect:
 * - Payload answers in German unless the person chose a language in the admin (its cookie);
 * - a body other than a multipart form is read here, up to `apiBodyLimitBytes`, and refused with
 *   413 beyond it: without the proxy nothing else would stop Payload reading a gigabyte of JSON.
 *   Multipart forms still pass the proxy (10 MB), except media uploads, which Payload streams to
 *   disk under its own limit (`src/config/uploads.ts`).
 */
export const asOfficeApiRequest =
  (config: Promise<SanitizedConfig>, handler: RestHandler): RestHandler =>
  async (request, args) => {
    const headers = new Headers(request.headers)
    if (!hasLanguageChoice(headers.get('cookie'))) headers.set('accept-language', 'de')
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers,
      signal: request.signal,
    }
    if (request.body && isMultipartBody(headers.get('content-type'))) {
      init.body = request.body
      init.duplex = 'half'
    } else if (request.body) {
      const declared = Number(headers.get('content-length') ?? 0)
      const body =
        declared > apiBodyLimitBytes ? undefined : await bodyWithin(request.body, apiBodyLimitBytes)
      if (!body) return tooLarge(config, new URL(request.url).pathname)
      init.body = body
    }
    return handler(new Request(request.url, init), args)
  }
