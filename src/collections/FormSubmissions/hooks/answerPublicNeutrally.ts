import { getTranslation } from '@payloadcms/translations'
import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  PayloadRequest,
} from 'payload'

import { submissionMessages } from '@/messages/submission'
import type { FormSubmission } from '@/payload-types'
import { isAlreadyRegistered } from '../errors'
import { isPublicSubmission } from '../helpers'
import { resendAfterDuplicate } from './resendAfterDuplicate'

/**
 * What the public API learns about a registration: that it was received. Whether the address was
 * new or already registered (and so whether a seat was given) only the mailbox owner learns.
 */
const registrationReceipt = { kind: 'registration' } as const

const answersPublicOverRest = (req: PayloadRequest) =>
  req.payloadAPI === 'REST' && isPublicSubmission(req)

/**
 * A new public submission over REST, of any kind: a receipt naming the kind instead of the stored
 * document. Its id would tell a stranger how many submissions the office has; the rest is only
 * what was sent, with the office's fields besides.
 */
export const answerNewSubmissionNeutrally: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'create' || !answersPublicOverRest(req)) return result
  const kind = (result as FormSubmission).kind
  return kind === 'registration' ? registrationReceipt : { kind }
}

/**
 * A public registration for an address already registered: the details go to that address again
 * (after the rollback), and the REST answer is exactly the one a new registration gets – HTTP 201
 * with the same body, as Payload's create handler builds it.
 */
export const answerDuplicateNeutrally: CollectionAfterErrorHook = async ({
  collection,
  error,
  req,
}) => {
  if (!isAlreadyRegistered(error) || !error.fromPublic) return
  await resendAfterDuplicate(req.payload, error)
  if (!answersPublicOverRest(req) || !collection) return
  return {
    status: 201,
    response: {
      doc: registrationReceipt,
      message: req.t('general:successfullyCreated', {
        label: getTranslation(collection.labels.singular, req.i18n),
      }),
    },
  }
}

/**
 * A public submission that failed through a fault of ours, not of its answers (the database
 * dropped while the seat was being decided, say): Payload hides the cause behind an English
 * "Something went wrong.". The public gets a German sentence instead, with the same 500; the
 * transaction was rolled back, so it can say that nothing was kept.
 */
export const answerFailureInGerman: CollectionAfterErrorHook = ({ error, req }) => {
  const { status, isPublic } = error as { status?: number; isPublic?: boolean }
  if (!answersPublicOverRest(req) || isPublic === true || (status ?? 500) !== 500) return
  return { status: 500, response: { errors: [{ message: submissionMessages.failed }] } }
}
