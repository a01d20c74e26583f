import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'

import { isStaff } from '@/access/roles'
import { formTokenField, honeypotField } from '@/domain/forms/definition'
import { checkSpamSignals } from '@/domain/forms/spam'
import { formErrors } from '@/messages/formErrors'
import { SpamSuspected } from '../errors'
import { minFillSeconds } from '../helpers'
import { overCapacityKeys } from '../overCapacity'

/** What a visitor may send; everything else (a status, a note, typed columns) is derived or staff-only. */
const publicKeys = new Set(['form', 'event', 'submissionData', honeypotField, formTokenField])

/**
 * What a coordinator entering a submission may add: a note and the recorded over-capacity choice.
 * Status and check-in are not set on arrival: the seat rules place the registration, and a
 * check-in is its own step at the door.
 */
const staffKeys = new Set([...publicKeys, 'internalNote', ...overCapacityKeys])

const refuseUnknownKeys = (
  req: PayloadRequest,
  input: Record<string, unknown>,
  allowed: Set<string>,
) => {
  const unknown = Object.keys(input).filter((key) => !allowed.has(key))
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
}

/**
 * Runs before anything else for submissions from the public (REST, the site's forms):
 * refuses unknown fields outright and stops bots by the honeypot and the signed timing token.
 * Staff entering a submission get the same refusal of fields they may not set; only trusted
 * server code (`overrideAccess`) passes unchecked.
 */
export const guardPublicSubmission: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const { overrideAccess, data } = args as {
    overrideAccess?: boolean
    data?: Record<string, unknown>
  }
  if (overrideAccess === true) return args
  const input = data && typeof data === 'object' && !Array.isArray(data) ? data : {}
  if (isStaff({ req })) {
    // Signed in and accountable, so no bot signals; but the same seat rules as everyone.
    req.context.staffSubmission = true
    refuseUnknownKeys(req, input, staffKeys)
    return args
  }
  req.context.publicSubmission = true
  refuseUnknownKeys(req, input, publicKeys)
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
  // The public never reads the stored document back (REST answers with a receipt), so nothing
  // is populated: the form and the event would cost several reads inside the transaction.
  return { ...args, depth: 0 }
}
