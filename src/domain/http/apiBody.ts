import { parse } from 'qs-esm'

import { actionBodyLimitBytes } from './actionPayload'

export const megabyte = 1024 * 1024

/**
 * The largest body the REST API reads as a whole (JSON, form-encoded): the public's registration is
 * a few kilobytes. The same megabyte as the site's own forms (`actionBodyLimitBytes`).
 */
export const apiBodyLimitBytes = actionBodyLimitBytes

/**
 * The largest multipart form outside the media library: the admin saves documents as one (the
 * document as JSON in its `_payload` field). Ten megabytes, as Next.js' proxy used to cut them.
 */
export const apiFormLimitBytes = 10 * megabyte

/**
 * An upload into the media library, the one collection that takes files: a new file (POST
 * `/api/media`) or a replaced one (PATCH `/api/media/<id>`), the two operations after which
 * Payload removes its temporary file. These stream to disk; every other multipart request is read
 * here first.
 */
export const isMediaUpload = (method: string, pathname: string) =>
  (method === 'POST' && /^\/api\/media\/?$/.test(pathname)) ||
  (method === 'PATCH' && /^\/api\/media\/\d+\/?$/.test(pathname))

/**
 * The content type with its media type in lower case, as the standard treats it (RFC 9110): Payload
 * and the proxy's matcher compare it case-sensitively, busboy does not. Parameters (the boundary)
 * stay as they are: they are case-sensitive.
 */
export const normalisedContentType = (value: string | null) =>
  value?.replace(/^[^;]*/, (type) => type.trim().toLowerCase()) ?? null

/**
 * Multipart as Payload sees it: anywhere in the header (`x-multipart/…`, `application/json,
 * multipart/…`), which its parser then refuses with a 500.
 */
export const isMultipartBody = (contentType: string | null) =>
  (contentType ?? '').includes('multipart/')

export const isFormDataBody = (contentType: string | null) =>
  (contentType ?? '').startsWith('multipart/form-data')

/**
 * Whether the person chose the admin's language themselves: Payload keeps the choice in this
 * cookie (its default prefix, `payload`); without it the office's German applies.
 */
export const hasLanguageChoice = (cookieHeader: string | null) =>
  /(?:^|;\s*)payload-lng=/.test(cookieHeader ?? '')

/**
 * A read sent as POST (Payload's "method override", for queries too long for a URL): Payload then
 * parses a JSON body itself, outside its error handling, and a broken one ends as a 500 that logs
 * the start of the body. Such bodies are checked first (`officeApiRequest.ts`).
 */
export const isQueryOverride = (method: string, headers: { get(name: string): string | null }) =>
  method.toUpperCase() === 'POST' &&
  (headers.get('x-payload-http-method-override') === 'GET' ||
    headers.get('x-http-method-override') === 'GET')

export const isJsonQueryOverride = (
  method: string,
  headers: { get(name: string): string | null },
  contentType: string | null,
) => isQueryOverride(method, headers) && (contentType ?? '').startsWith('application/json')

const isJsonText = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Whether the bytes are one JSON value. */
export const isJson = (body: Uint8Array) => isJsonText(new TextDecoder().decode(body))

/**
 * Query parameters Payload takes as JSON when they are given whole (`?where={…}` instead of
 * `?where[title][equals]=…`) and parses outside its error handling: a broken one ended as an
 * English 500 that logged the start of it. True when one of them is there and is not JSON, read
 * from the address exactly as Payload 3.90.1 reads it (`createPayloadRequest`: the URL's search,
 * qs-esm with these options): a lenient decoding of its own passed `%FF` that qs-esm keeps raw
 * (found by the third attack).
 */
export const hasUnreadableJsonParam = (address: string) => {
  const query = parse(new URL(address).search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  return ['where', 'data'].some((name) => {
    const value = query[name]
    return typeof value === 'string' && value.length > 0 && !isJsonText(value)
  })
}

/**
 * The address Payload (3.90.1, `handleEndpoints`) reads a POST read's query from: a form body is
 * appended after a `?`, whatever the address had; of a JSON body, `locale` is appended as
 * `?locale=…` and, with `fallbackLocale`, `depth` as `&fallbackLocale=…`, unescaped. Checked as
 * put together: each part alone can pass and the whole still not (found by the attack of 07.12.).
 */
export const overrideQueryAddress = (
  url: string,
  contentType: string | null,
  body: Uint8Array,
): string => {
  const text = new TextDecoder().decode(body)
  if (contentType === 'application/x-www-form-urlencoded') return `${url}?${text}`
  if (contentType !== 'application/json') return url
  let data: { locale?: unknown; fallbackLocale?: unknown; depth?: unknown } | null
  try {
    data = JSON.parse(text)
  } catch {
    return url
  }
  let address = url
  if (data?.locale) address += `?locale=${String(data.locale)}`
  if (data?.fallbackLocale) address += `&fallbackLocale=${String(data.depth)}`
  return address
}
