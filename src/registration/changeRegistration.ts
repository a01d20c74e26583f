import type { Payload } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { type FormFieldDefinition, inputFields } from '@/domain/forms/definition'
import { type FieldError, validateAnswers } from '@/domain/forms/validate'
import {
  type ChangeRefusal,
  changeableFields,
  changeRefusal,
} from '@/domain/registration/selfService'
import type { Form, FormSubmission } from '@/payload-types'
import { findByCancellationToken } from './cancel'

export const selfChangeActor = 'Selbst geändert (Link in der E-Mail)'

/** The fields of this registration's own form that the person may change themselves. */
export const changeableFieldsOf = (submission: FormSubmission): FormFieldDefinition[] =>
  typeof submission.form === 'object' && submission.form
    ? changeableFields(inputFields((submission.form as Form).fields))
    : []

export type ChangeOutcome =
  | { outcome: 'invalidLink' }
  | { outcome: 'refused'; reason: ChangeRefusal }
  | { outcome: 'invalid'; errors: FieldError[] }
  | { outcome: 'unchanged' }
  | { outcome: 'changed'; submission: FormSubmission }
  /** `possible`: the most persons this registration could have now */
  | { outcome: 'notEnoughSeats'; possible: number; wanted: number; kept: number }
  | { outcome: 'rateLimited' }

const answerText = (value: unknown) => (value == null ? '' : String(value))

/**
 * A change the person asks for through the link in their mail: the persons and support needs of
 * their own registration, checked with their form's rules, until the deadline. It runs through
 * the ordinary collection update, so seats, the waiting list, the history and the mail follow the
 * same rules as any change; a confirmed group that would need seats that are not free stays as it
 * is (it is not moved to the waiting list).
 */
export const changeByToken = async (
  payload: Payload,
  token: unknown,
  /** the posted value of a field, by its name in the form */
  posted: (name: string) => unknown,
  now = new Date(),
): Promise<ChangeOutcome> => {
  const found = await findByCancellationToken(payload, token, now)
  if (!found.ok) return { outcome: 'invalidLink' }
  const { submission, event } = found
  const refusal = changeRefusal(event, submission.status, now)
  if (refusal) return { outcome: 'refused', reason: refusal }

  const fields = changeableFieldsOf(submission)
  // Only the changeable fields are read: nothing else the request carries reaches the record.
  const result = validateAnswers(
    fields,
    Object.fromEntries(fields.map((field) => [field.name, posted(field.name) ?? undefined])),
  )
  if (!result.ok) return { outcome: 'invalid', errors: result.errors }

  const data: Partial<FormSubmission> = {}
  const answersByField = new Map(
    (submission.submissionData ?? []).map((answer) => [answer.field, answer.value]),
  )
  for (const field of fields) {
    const value = result.values[field.name]
    if (field.column === 'persons') {
      if (value !== (submission.persons ?? 1)) data.persons = value as number
    } else if ((value ?? '') !== (submission.supportNeeds ?? '')) {
      data.supportNeeds = value == null ? null : String(value)
    }
    if (value == null) answersByField.delete(field.name)
    else answersByField.set(field.name, answerText(value))
  }
  if (!Object.keys(data).length) return { outcome: 'unchanged' }
  // The list of all answers tells the same as the columns, also in placeholders of later mails.
  data.submissionData = [...answersByField].map(([field, value]) => ({ field, value }))

  try {
    const changed = await payload.update({
      collection: collectionSlugs.formSubmissions,
      id: submission.id,
      data,
      overrideAccess: true,
      depth: 1,
      context: { actor: selfChangeActor, selfServiceChange: true },
    })
    return { outcome: 'changed', submission: changed }
  } catch (error) {
    const name = (error as Error)?.name
    if (name === 'NotEnoughSeats') {
      // The seats left besides this registration's own: its most persons right now.
      const possible = (error as { data?: { left?: number } }).data?.left ?? 0
      return {
        outcome: 'notEnoughSeats',
        possible,
        wanted: data.persons ?? submission.persons ?? 1,
        kept: submission.persons ?? 1,
      }
    }
    if (name === 'RateLimited') return { outcome: 'rateLimited' }
    throw error
  }
}
