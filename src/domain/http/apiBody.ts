import { actionBodyLimitBytes } from './actionPayload'

/**
 * The largest body the REST API reads as a whole (JSON, form-encoded): the public's registration is
 * a few kilobytes, and the admin saves documents as multipart forms, which Next.js' proxy limits
 * instead (see `src/proxy.ts`). The same megabyte as the site's own forms (`actionBodyLimitBytes`).
 */
export const apiBodyLimitBytes = actionBodyLimitBytes

/** Whether a request body is a multipart form (an upload, or a document saved in the admin). */
export const isMultipartBody = (contentType: string | null) =>
  (contentType ?? '').toLowerCase().startsWith('multipart/')

/**
 * Whether the person chose the admin's language themselves: Payload keeps the choice in this
 * cookie (its default prefix, `payload`); without it the office's German applies.
 */
export const hasLanguageChoice = (cookieHeader: string | null) =>
  /(?:^|;\s*)payload-lng=/.test(cookieHeader ?? '')
