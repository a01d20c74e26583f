import os from 'node:os'
import path from 'node:path'
import type { Config } from 'payload'

import { uploadMessages } from '@/messages/uploads'

const megabyte = 1024 * 1024

/**
 * How Payload receives multipart uploads. Files are streamed into temporary files instead of
 * memory (Payload 3.90 then copies them to media/ or streams them to S3 without reading them in);
 * a file over the limit ends the upload at once with 413 and the German sentence the admin shows.
 * The temporary folder follows TMPDIR, which must point to a disk, not to a RAM disk (tmpfs).
 */
export const uploadOptions = (maxUploadMb: number): NonNullable<Config['upload']> => ({
  useTempFiles: true,
  tempFileDir: path.join(os.tmpdir(), 'opr-uploads'),
  limits: { fileSize: maxUploadMb * megabyte },
  // room for the form fields sent beside the file, so the file limit (with its message) comes first
  requestSizeLimit: (maxUploadMb + 1) * megabyte,
  responseOnLimit: uploadMessages.tooLarge(maxUploadMb),
})
