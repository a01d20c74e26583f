import { APIError } from 'payload'

import { type FormInUse, formAdminMessages } from '@/messages/formAdmin'

/**
 * Refusal to delete a form still in use: public, so its message reaches the admin; logged as one
 * line of information, as every refusal (src/lib/refusalLogging.ts).
 */
export class FormInUseError extends APIError {
  constructor(use: FormInUse) {
    super(formAdminMessages.inUse(use), 409, undefined, true)
  }
}
