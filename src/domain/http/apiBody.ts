import { actionBodyLimitBytes } from './actionPayload'

const megabyte = 1024 * 1024

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

/** The media library, the one collection that takes files: its uploads stream to disk. */
export const isMediaUploadPath = (pathname: string) => /^\/api\/media(?:\/|$)/.test(pathname)

/**
 * The content type with its media type in lower case, as the standard treats it (RFC 9110): Payload
 * and the proxy's matcher compare it case-sensitively, busboy does not. Parameters (the boundary)
 * stay as they are: they are case-sensitive.
 */
export const normalisedContentType = (value: string | null) =>
  value?.replace(/^[^;]*/, (type) => type.trim().toLowerCase()) ?? null

export const isMultipartBody = (contentType: string | null) =>
  (contentType ?? '').startsWith('multipart/')

export const isFormDataBody = (contentType: string | null) =>
  (contentType ?? '').startsWith('multipart/form-data')

/**
 * Whether the person chose the admin's language themselves: Payload keeps the choice in this
 * cookie (its default prefix, `payload`); without it the office's German applies.
 */
export const hasLanguageChoice = (cookieHeader: string | null) =>
  /(?:^|;\s*)payload-lng=/.test(cookieHeader ?? '')
