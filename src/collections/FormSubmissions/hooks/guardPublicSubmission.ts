import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { formTokenField, honeypotField } from '@/domain/forms/definition'
import { checkSpamSignals } from '@/domain/forms/spam'
import { formErrors } from '@/messages/formErrors'
import { SpamSuspected } from '../errors'
import { isOfficeStaff, minFillSeconds } from '../helpers'

/** What a visitor may send; everything else (a status, a note, typed columns) is derived or staff-only. */
const publicKeys = new Set(['form', 'event', 'submissionData', honeypotField, formTokenField])

/**
 * Runs before anything else for submissions from the public (REST, the site's forms):
 * refuses unknown fields outright and stops bots by the honeypot and the signed timing token.
 */
export const guardPublicSubmission: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const { overrideAccess, data } = args as {
    overrideAccess?: boolean
    data?: Record<string, unknown>
  }
  if (overrideAccess === true || isOfficeStaff(req)) return args
  req.context.publicSubmission = true
  const input = data && typeof data === 'object' && !Array.isArray(data) ? data : {}
  const unknown = Object.keys(input).filter((key) => !publicKeys.has(key))
  if (unknown.length)
    throw new ValidationError(
      {
        collection: 'form-submissions',
        errors: unknown.map((path) => ({
          path,
          message: formErrors.unknownField(path.slice(0, 50)),
        })),
      },
      req.t,
    )
  const signal = checkSpamSignals({
    // Only plain ids can match a token; anything else (objects, arrays) simply does not.
    formId:
      typeof input.form === 'number' || typeof input.form === 'string' ? String(input.form) : '',
    honeypot: input[honeypotField],
    formToken: input[formTokenField],
    secret: req.payload.secret,
    minFillSeconds: minFillSeconds(),
  })
  if (signal) throw new SpamSuspected(signal)
  return args
}
