import os from 'node:os'
import path from 'node:path'
import type { Config, PayloadRequest } from 'payload'

import { uploadMessages } from '@/messages/uploads'

const megabyte = 1024 * 1024

/**
 * How Payload receives multipart uploads. Files are streamed into temporary files instead of
 * memory (Payload 3.90 then copies them to media/ or streams them to S3 without reading them in);
 * a file over the limit ends the upload at once with 413 and the German sentence the admin shows
 * (see answerUploadTooLarge).
 * The temporary folder follows TMPDIR, which must point to a disk, not to a RAM disk (tmpfs).
 */
export const uploadOptions = (maxUploadMb: number): NonNullable<Config['upload']> => ({
  useTempFiles: true,
  tempFileDir: path.join(os.tmpdir(), 'opr-uploads'),
  // busboy reports the limit once a file reaches it: one byte more lets exactly maxUploadMb pass
  limits: { fileSize: maxUploadMb * megabyte + 1 },
  // Payload then refuses with 413. No `limitHandler`: these options reach the admin's client
  // config, and a function there breaks every admin page (React cannot serialise it).
  abortOnLimit: true,
  responseOnLimit: uploadMessages.tooLarge(maxUploadMb),
  // room for the form fields sent beside the file, so the file limit (with its message) comes first
  requestSizeLimit: (maxUploadMb + 1) * megabyte,
})

/**
 * Payload's refusal of an oversized file is not marked public, so its (German) message would be
 * replaced by "Something went wrong."; this answers it with the message and 413 (global afterError
 * hook: the upload is parsed before a collection is known).
 */
export const answerUploadTooLarge =
  (maxUploadMb: number) =>
  ({ error }: { error: unknown; req: PayloadRequest }) => {
    const message = uploadMessages.tooLarge(maxUploadMb)
    const { status, message: text } = (error ?? {}) as { status?: number; message?: string }
    if (status !== 413 || text !== message) return undefined
    return { status: 413, response: { errors: [{ message }] } }
  }
