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
