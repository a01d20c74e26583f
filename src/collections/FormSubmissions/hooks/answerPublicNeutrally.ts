import { getTranslation } from '@payloadcms/translations'
import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  PayloadRequest,
} from 'payload'

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

/** A new public registration over REST: the receipt instead of the stored document. */
export const answerNewRegistrationNeutrally: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'create' || !answersPublicOverRest(req)) return result
  return (result as FormSubmission).kind === 'registration' ? registrationReceipt : result
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
