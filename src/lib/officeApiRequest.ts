import busboy from 'busboy'
import type { SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import {
  apiBodyLimitBytes,
  apiFormLimitBytes,
  hasLanguageChoice,
  hasUnreadableJsonParam,
  isFormDataBody,
  isJson,
  isJsonQueryOverride,
  isQueryOverride,
  overrideQueryAddress,
  isMediaUpload,
  isMultipartBody,
  megabyte,
  normalisedContentType,
} from '@/domain/http/apiBody'
import { isEditorOrAdmin } from '@/access/roles'
import { requestMessages } from '@/messages/requests'
import type { RestHandler } from './unversionedApiPaths'

/** The body read up to the limit; `undefined` when it is longer. */
const bodyWithin = async (body: ReadableStream<Uint8Array>, limit: number) => {
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      const whole = new Uint8Array(length)
      let at = 0
      for (const chunk of chunks) {
        whole.set(chunk, at)
        at += chunk.byteLength
      }
      return whole
    }
    length += value.byteLength
    if (length > limit) {
      // Not cancelled: that would end the connection while the client is still sending, and it
      // would see a reset instead of the 413. Node reads and drops the rest after the answer.
      reader.releaseLock()
      return undefined
    }
    chunks.push(value)
  }
}

/**
 * Whether a multipart form carries a file part, read by busboy as Payload reads it (undici's own
 * parser refuses some well-formed forms); `undefined` when it cannot be read.
 */
const carriesFile = (body: Uint8Array, contentType: string) =>
  new Promise<boolean | undefined>((resolve) => {
    let file = false
    try {
      const parser = busboy({ headers: { 'content-type': contentType } })
      parser.on('file', (_name, stream) => {
        file = true
        stream.resume()
      })
      parser.on('error', () => resolve(undefined))
      parser.on('close', () => resolve(file))
      parser.end(body)
    } catch {
      resolve(undefined) // no boundary, say
    }
  })

/** A refusal before Payload reads anything, logged with the path and the reason only. */
const refused = async (
  config: Promise<SanitizedConfig>,
  request: Request,
  status: number,
  message: string,
) => {
  const payload = await getPayload({ config })
  // The path only: the body is what a stranger sent.
  payload.logger.info(`Anfrage an ${new URL(request.url).pathname} abgelehnt (${status}).`)
  return Response.json({ errors: [{ message }] }, { status })
}

/**
 * The REST API's requests as the office serves them. Next.js' proxy (`src/proxy.ts`) used to see
 * every API request to make Payload answer in German and, by buffering, to cut bodies at 10 MB;
 * that cost about 2 ms of CPU per request (a registration over REST: 18.5 → 16.3 ms,
 * `npm run bench`). Here, for the same effect and without relying on the proxy's matcher:
 * - Payload answers in German unless the person chose a language in the admin (its cookie);
 * - the content type's media type is lower-cased, so that Payload, busboy and these checks agree
 *   on what is a multipart form (`Multipart/Form-Data` would otherwise pass unlimited);
 * - uploads to the media library (`isMediaUpload`) stream on to Payload, under its own limit
 *   (`src/config/uploads.ts`), and only from editors and admins: Payload writes files to disk
 *   before it checks access;
 * - every other body is read here and refused beyond its limit (413): 1 MB, or 10 MB for a
 *   multipart form (an admin save), which must carry no file (nothing else takes files, and
 *   Payload would leave the file in its temporary folder) and be `multipart/form-data`;
 * - a read sent as POST with a JSON body (`isJsonQueryOverride`) must carry valid JSON, and a
 *   filter given whole in the address or such a body (`hasUnreadableJsonParam`) too (400).
 */
export const asOfficeApiRequest =
  (config: Promise<SanitizedConfig>, handler: RestHandler): RestHandler =>
  async (request, args) => {
    const headers = new Headers(request.headers)
    if (!hasLanguageChoice(headers.get('cookie'))) headers.set('accept-language', 'de')
    const contentType = normalisedContentType(headers.get('content-type'))
    if (contentType !== null) headers.set('content-type', contentType)
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers,
      signal: request.signal,
    }
    if (hasUnreadableJsonParam(request.url))
      return refused(config, request, 400, requestMessages.malformedQuery)
    if (request.body) {
      const multipart = isMultipartBody(contentType)
      if (multipart && !isFormDataBody(contentType))
        return refused(config, request, 415, requestMessages.unsupportedMultipart)
      if (multipart && isMediaUpload(request.method, new URL(request.url).pathname)) {
        // Payload writes the file to disk before it checks access, and keeps what it does not
        // take (parts under other names, a refused request): only staff who may upload get that far.
        const { user } = await (await getPayload({ config })).auth({ headers })
        if (!isEditorOrAdmin({ user }))
          return refused(config, request, 403, requestMessages.uploadNotAllowed)
        init.body = request.body
        init.duplex = 'half'
      } else {
        const limit = multipart ? apiFormLimitBytes : apiBodyLimitBytes
        const declared = Number(headers.get('content-length') ?? 0)
        const body = declared > limit ? undefined : await bodyWithin(request.body, limit)
        if (!body) return refused(config, request, 413, requestMessages.tooLarge(limit / megabyte))
        if (multipart) {
          const file = await carriesFile(body, contentType!)
          if (file === undefined)
            return refused(config, request, 400, requestMessages.malformedForm)
          if (file) return refused(config, request, 400, requestMessages.fileOutsideMedia)
        }
        if (isJsonQueryOverride(request.method, headers, contentType) && !isJson(body))
          return refused(config, request, 400, requestMessages.malformedJson)
        // a read sent as POST: checked on the address as Payload puts it together from the body
        if (
          isQueryOverride(request.method, headers) &&
          hasUnreadableJsonParam(overrideQueryAddress(request.url, contentType, body))
        )
          return refused(config, request, 400, requestMessages.malformedQuery)
        init.body = body
      }
    }
    return handler(new Request(request.url, init), args)
  }
