/**
 * What a registered person may change themselves through the link in their mail, and until when.
 * Pure decisions; reading, locking and storing happen in `src/registration/changeRegistration.ts`.
 */
import type { FormFieldDefinition, SubmissionColumn } from '../forms/definition'

export type ChangeRefusal = 'eventCancelled' | 'deadlinePassed' | 'notActive'

type ChangeableEvent = {
  start: string
  eventStatus?: string | null
  registration?: { deadline?: string | null } | null
}

/** Without a form of its own limit, a registration may name this many persons at most. */
export const selfServiceMaxPersons = 10

/** The moment changes end: the registration deadline, or the start when there is none. */
export const changesEndAt = (event: ChangeableEvent) =>
  new Date(event.registration?.deadline || event.start)

/** Why the person can no longer change this registration, or null while they can. */
export const changeRefusal = (
  event: ChangeableEvent,
  status: string | null | undefined,
  now: Date,
): ChangeRefusal | null => {
  if (event.eventStatus === 'cancelled' || status === 'eventCancelled') return 'eventCancelled'
  if (status !== 'confirmed' && status !== 'waitlisted') return 'notActive'
  if (changesEndAt(event) <= now) return 'deadlinePassed'
  return null
}

const changeableColumns: SubmissionColumn[] = ['persons', 'supportNeeds']

/**
 * The fields of the person's own form that they may change, with the form's rules. The person
 * count is a whole number from 1 up to the form's own maximum (or 10 without one).
 */
export const changeableFields = (fields: FormFieldDefinition[]): FormFieldDefinition[] =>
  fields
    .filter((field) => field.column && changeableColumns.includes(field.column as SubmissionColumn))
    .filter((field) =>
      field.column === 'persons'
        ? field.blockType === 'number'
        : field.blockType === 'text' || field.blockType === 'textarea',
    )
    .map((field) =>
      field.blockType === 'number'
        ? {
            ...field,
            required: true,
            min: Math.max(1, field.min ?? 1),
            max: field.max ?? selfServiceMaxPersons,
          }
        : field,
    )
