import type { CollectionBeforeOperationHook } from 'payload'

import { visibleFilename } from '@/domain/uploadFilename'

/** Runs before Payload derives the stored file name from the uploaded one. */
export const cleanUploadFilename: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.file) req.file.name = visibleFilename(req.file.name)
  return args
}
