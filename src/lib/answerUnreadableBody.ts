import type { PayloadRequest } from 'payload'

import { unreadableMultipartMessages } from '@/domain/http/unreadableBody'
import { requestMessages } from '@/messages/requests'

/**
 * Payload's own 400s for a `file` field sent as text instead of a file (client uploads): a file
 * reference it cannot read, or one sent to a collection that takes no files.
 */
const unreadableFileReference = new Set(['A file name is required.', 'Invalid upload collection.'])

const isMultipart = (req: Pick<PayloadRequest, 'headers'> | undefined) =>
  (req?.headers?.get('content-type') ?? '').toLowerCase().startsWith('multipart/')

const refusal = (message: string) => ({ status: 400, response: { errors: [{ message }] } })

/**
 * A REST request whose body cannot be read: Payload refuses it before any collection sees it, in
 * English – a JSON body with 400 "Invalid JSON", a multipart body (an upload, or a form sent as
 * one) whose `_payload` field is not JSON or that cannot be taken apart with 500 "Something went
 * wrong.". This answers them in German with 400: the fault is the request's (global afterError
 * hook, since no collection is known yet). Matched on Payload's and busboy's own messages: the
 * tests of this hook fail if they are worded differently.
 */
export const answerUnreadableBody = ({
  error,
  req,
}: {
  error: unknown
  req?: Pick<PayloadRequest, 'headers'>
}): { response: Record<string, unknown>; status: number } | undefined => {
  const { status, message } = (error ?? {}) as { status?: number; message?: string }
  if (status === 400 && message === 'Invalid JSON') return refusal(requestMessages.malformedJson)
  if (!isMultipart(req)) return undefined
  // Payload parses the `_payload` field with a bare JSON.parse.
  if (error instanceof SyntaxError) return refusal(requestMessages.malformedJson)
  if (unreadableMultipartMessages.has(message ?? '')) return refusal(requestMessages.malformedForm)
  if (status === 400 && unreadableFileReference.has(message ?? ''))
    return refusal(requestMessages.unreadableFile)
  return undefined
}
