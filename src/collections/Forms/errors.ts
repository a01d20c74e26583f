import { APIError, type Config } from 'payload'

import { type FormInUse, formAdminMessages } from '@/messages/formAdmin'

/** Refusal to delete a form still in use (public, so its message reaches the admin). */
export class FormInUseError extends APIError {
  constructor(use: FormInUse) {
    super(formAdminMessages.inUse(use), 409, undefined, true)
    // Named by hand: the production build shortens class names, and the log level goes by name.
    this.name = 'FormInUseError'
  }
}

/** A refused deletion is the rule at work, not a fault: logged as information, without stack. */
export const formRefusalLogLevels = {
  FormInUseError: 'info',
} as NonNullable<Config['loggingLevels']>
