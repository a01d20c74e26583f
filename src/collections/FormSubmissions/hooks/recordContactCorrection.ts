import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import {
  type CorrectableField,
  correctableFieldLabels,
  correctionProblem,
  correctionReason,
  correctionsOf,
  erasedCorrectionReason,
  isCorrectionReason,
} from '@/domain/forms/corrections'
import { type FormFieldDefinition, inputFields } from '@/domain/forms/definition'
import { activeRegistrationStatuses, type SubmissionStatus } from '@/domain/forms/kinds'
import { relationId } from '@/domain/relations'
import { submissionMessages } from '@/messages/submission'
import type { FormSubmission } from '@/payload-types'
import { lockEventSeats, otherActiveRegistrationId } from '@/registration/seats'
import { actorOf, personCountChangeOf } from '../helpers'
import { invalidSubmission } from '../errors'

type History = NonNullable<FormSubmission['statusHistory']>

const invalidCorrection = (req: PayloadRequest, field: CorrectableField, message: string) =>
  invalidSubmission(req, { path: field, label: correctableFieldLabels[field], message })

const invalidEmail = (req: PayloadRequest, message: string) =>
  invalidCorrection(req, 'email', message)

const isActive = (status: SubmissionStatus | null | undefined) =>
  Boolean(status && activeRegistrationStatuses.includes(status))

/**
 * One person, one seat: a registration that holds or waits for a seat may not end up under an
 * address that another active registration of the event already uses, whether its address is
 * corrected or it is taken back from "storniert". The event's seats stay locked until the commit,
 * exactly as for a new registration.
 */
const refuseSecondRegistration = async (
  req: PayloadRequest,
  data: Partial<FormSubmission>,
  original: FormSubmission,
  emailCorrected: boolean,
) => {
  if (original.kind !== 'registration') return
  const email = 'email' in data ? data.email : original.email
  if (emailCorrected && !email?.trim())
    throw invalidEmail(req, submissionMessages.registrationNeedsEmail)
  const status = data.status ?? original.status
  const becomesActive = isActive(status) && !isActive(original.status)
  const eventId = relationId(original.event)
  if (!email || !eventId || !isActive(status) || !(emailCorrected || becomesActive)) return
  await lockEventSeats(req, eventId)
  if (await otherActiveRegistrationId(req, eventId, email, original.id))
    throw invalidEmail(req, submissionMessages.addressTakenForEvent)
}

type AnswerChange = { column: CorrectableField | 'persons'; to: string }

/**
 * The answers say the same as the columns: mails fill their placeholders from the answers, so a
 * corrected name must not greet the person with the old one, and the Art. 15 document must not
 * show two counts of persons.
 */

const correctedAnswers = async (
  req: PayloadRequest,
  original: FormSubmission,
  changes: AnswerChange[],
) => {
  const formId = relationId(original.form)
  const form = formId
    ? await req.payload
        .findByID({ collection: collectionSlugs.forms, id: formId, depth: 0, req })
        .catch(() => null)
    : null
  const fields = inputFields(form?.fields) as FormFieldDefinition[]
  const answers = (original.submissionData ?? []).map(({ field, value }) => ({ field, value }))
  for (const { column, to } of changes) {
    const name = fields.find((field) => field.column === column)?.name
    if (!name) continue
    // In its place: the answers keep the form's order (the Art. 15 document lists them so).
    const at = answers.findIndex((answer) => answer.field === name)
    if (at === -1) {
      if (to) answers.push({ field: name, value: to })
    } else if (to) answers[at] = { field: name, value: to }
    else answers.splice(at, 1)
  }
  return answers
}

/**
 * The office corrects a name, an address or an organisation; the history keeps the old value
 * (after `recordStatusHistory`, which has set the history this change starts from). When the
 * person's data is erased, the old values in the history go too.
 */
export const recordContactCorrection: CollectionBeforeChangeHook<FormSubmission> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const history: History = data.statusHistory ?? originalDoc.statusHistory ?? []
  if (data.anonymisedAt && !originalDoc.anonymisedAt) {
    data.statusHistory = history.map((entry) =>
      isCorrectionReason(entry.reason) ? { ...entry, reason: erasedCorrectionReason } : entry,
    )
    return data
  }
  const corrections = correctionsOf(originalDoc, data)
  // A corrected value keeps to the rules the public form applies to it (links, markup, length).
  for (const correction of corrections) {
    const problem = correctionProblem(correction)
    if (problem) throw invalidCorrection(req, correction.field, problem)
  }
  await refuseSecondRegistration(
    req,
    data,
    originalDoc,
    corrections.some(({ field }) => field === 'email'),
  )
  // The office's change of the number of persons (the person's own change brings its answers).
  const persons =
    req.context.selfServiceChange === true ? undefined : personCountChangeOf(data, originalDoc)
  const answerChanges: AnswerChange[] = [
    ...corrections.map(({ field, to }) => ({ column: field, to })),
    ...(persons ? [{ column: 'persons' as const, to: String(persons.to) }] : []),
  ]
  if (answerChanges.length)
    data.submissionData = await correctedAnswers(req, originalDoc, answerChanges)
  if (!corrections.length) return data
  const status = data.status ?? originalDoc.status
  data.statusHistory = [
    ...history,
    {
      from: status,
      to: status,
      at: new Date().toISOString(),
      ...actorOf(req),
      reason: correctionReason(corrections),
    },
  ]
  return data
}
