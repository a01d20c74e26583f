import type { CollectionBeforeValidateHook } from 'payload'

import { type FormFieldDefinition, inputFields, submissionColumns } from '@/domain/forms/definition'
import { barrierAnswerDueDate } from '@/domain/feedback/barrierReports'
import type { FormKind } from '@/domain/forms/kinds'
import { type AnswerValue, validateAnswers } from '@/domain/forms/validate'
import { formErrors } from '@/messages/formErrors'
import { submissionMessages } from '@/messages/submission'
import type { FormSubmission } from '@/payload-types'
import { formForSubmission } from '@/collections/Forms/formForSubmission'
import { relationId } from '@/domain/relations'
import { consentsGiven } from '../consents'
import { invalidSubmission } from '../errors'

/** `[{ field, value }]` as the form builder sends it, as a name → value record. */
const answersOf = (submissionData: unknown): Record<string, unknown> | undefined => {
  if (submissionData == null) return {}
  if (!Array.isArray(submissionData) || submissionData.length > 200) return undefined
  // Without a prototype, an answer named `__proto__` is an answer like any other (and refused as
  // unknown) instead of silently replacing the object's prototype.
  const answers: Record<string, unknown> = Object.create(null)
  for (const entry of submissionData) {
    if (typeof entry !== 'object' || entry === null || typeof entry.field !== 'string')
      return undefined
    answers[entry.field.slice(0, 100)] = entry.value
  }
  return answers
}

const display = (value: AnswerValue) =>
  typeof value === 'boolean' ? (value ? 'ja' : 'nein') : String(value)

/**
 * On arrival: checks every answer against the editor's form (the one authority), then fills the
 * typed columns coordinators filter by, the consent record and what the kind of form implies
 * (event and seats, status, a barrier report's due date). Nothing is stored on error.
 */
export const deriveSubmissionColumns: CollectionBeforeValidateHook<FormSubmission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const formId = relationId(data.form)
  const form = formId ? await formForSubmission(req, formId) : null
  if (!form) throw invalidSubmission(req, { path: 'form', message: submissionMessages.unknownForm })

  const answers = answersOf(data.submissionData)
  if (!answers)
    throw invalidSubmission(req, { path: 'submissionData', message: formErrors.invalid })
  const fields = inputFields(form.fields) as FormFieldDefinition[]
  const result = validateAnswers(fields, answers)
  if (!result.ok)
    throw invalidSubmission(
      req,
      ...result.errors.map((e) => ({ path: e.field, message: e.message })),
    )

  const kind = form.kind as FormKind
  const derived: Partial<FormSubmission> = {
    form: formId,
    kind,
    submissionData: fields
      .filter((field) => result.values[field.name] != null)
      .map((field) => ({ field: field.name, value: display(result.values[field.name]) })),
    consents: consentsGiven(fields, result.values, new Date()),
  }
  for (const field of fields) {
    const column = field.column
    const value = result.values[field.name]
    if (!column || column === 'none' || !submissionColumns.includes(column) || value == null)
      continue
    ;(derived as Record<string, unknown>)[column] =
      column === 'persons' ? Number(value) : display(value)
  }
  if (kind === 'registration') {
    const eventId = relationId(data.event)
    if (!eventId)
      throw invalidSubmission(req, { path: 'event', message: submissionMessages.noEvent })
    derived.event = eventId
    derived.persons = derived.persons ?? 1
  } else {
    derived.event = null
    derived.status = 'received'
  }
  if (kind === 'barrier') derived.dueAt = barrierAnswerDueDate(new Date()).toISOString()
  return { ...data, ...derived }
}
