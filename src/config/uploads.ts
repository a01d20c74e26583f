import os from 'node:os'
import path from 'node:path'
import { APIError, type Config } from 'payload'

import { uploadMessages } from '@/messages/uploads'

const megabyte = 1024 * 1024

/**
 * Named explicitly: in the production build Payload's own limit error loses its class name and
 * its message is then replaced by "An unknown error occurred." (Payload 3.90, formatErrors).
 */
class UploadTooLargeError extends APIError {
  constructor(maxUploadMb: number) {
    super(uploadMessages.tooLarge(maxUploadMb), 413, undefined, true)
    this.name = 'UploadTooLargeError'
  }
}

/**
 * How Payload receives multipart uploads. Files are streamed into temporary files instead of
 * memory (Payload 3.90 then copies them to media/ or streams them to S3 without reading them in);
 * a file over the limit ends the upload at once with 413 and the German sentence the admin shows.
 * The temporary folder follows TMPDIR, which must point to a disk, not to a RAM disk (tmpfs).
 */
export const uploadOptions = (maxUploadMb: number): NonNullable<Config['upload']> => ({
  useTempFiles: true,
  tempFileDir: path.join(os.tmpdir(), 'opr-uploads'),
  // busboy reports the limit once a file reaches it: one byte more lets exactly maxUploadMb pass
  limits: { fileSize: maxUploadMb * megabyte + 1 },
  limitHandler: () => {
    throw new UploadTooLargeError(maxUploadMb)
  },
  // room for the form fields sent beside the file, so the file limit (with its message) comes first
  requestSizeLimit: (maxUploadMb + 1) * megabyte,
})
