import type { Payload } from 'payload'

import { berlinDateKey, berlinWallTimeToDate } from '@/domain/dates'
import { issueFormToken } from '@/domain/forms/spam'
import type { Event, Form } from '@/payload-types'

import { noRevalidate } from './context'

const day = 24 * 60 * 60 * 1000

const thanks = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          {
            type: 'text',
            version: 1,
            text: 'Danke!',
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
          },
        ],
      },
    ],
  },
} as never

let counter = 0

/** A registration form as editors would build it (name, e-mail, persons, support needs, one consent). */
export const createRegistrationForm = async (payload: Payload): Promise<Form> =>
  payload.create({
    collection: 'forms',
    data: {
      title: `Anmeldung ${++counter}`,
      kind: 'registration',
      confirmationType: 'message',
      confirmationMessage: thanks,
      fields: [
        { blockType: 'text', name: 'name', label: 'Name', required: true, column: 'name' },
        { blockType: 'text', name: 'organisation', label: 'Organisation', column: 'organisation' },
        { blockType: 'email', name: 'email', label: 'E-Mail', required: true, column: 'email' },
        {
          blockType: 'number',
          name: 'persons',
          label: 'Personen',
          required: true,
          min: 1,
          max: 5,
          column: 'persons',
        },
        {
          blockType: 'textarea',
          name: 'supportNeeds',
          label: 'Unterstützungsbedarf',
          column: 'supportNeeds',
        },
        {
          blockType: 'checkbox',
          name: 'photos',
          label: 'Fotos dürfen genutzt werden (freiwillig)',
          consentPurpose: 'photos',
        },
      ],
    },
  })

export const createContactForm = async (payload: Payload): Promise<Form> =>
  payload.create({
    collection: 'forms',
    data: {
      title: `Kontakt ${++counter}`,
      kind: 'contact',
      confirmationType: 'message',
      confirmationMessage: thanks,
      fields: [
        { blockType: 'text', name: 'name', label: 'Name', column: 'name' },
        { blockType: 'email', name: 'email', label: 'E-Mail', required: true, column: 'email' },
        {
          blockType: 'textarea',
          name: 'message',
          label: 'Nachricht',
          required: true,
          column: 'message',
        },
      ],
    },
  })

/** A published event ahead, open for registration; overrides shape the case under test. */
export const createEvent = async (
  payload: Payload,
  form: Form,
  overrides: {
    capacity?: number | null
    deadline?: Date
    isOpen?: boolean
    eventStatus?: 'planned' | 'cancelled'
    startsInDays?: number
    draft?: boolean
  } = {},
): Promise<Event> => {
  const date = berlinDateKey(new Date(Date.now() + (overrides.startsInDays ?? 30) * day))
  const start = berlinWallTimeToDate(date, '17:00')
  return payload.create({
    collection: 'events',
    data: {
      title: `Netzwerktreffen ${++counter}`,
      slug: `netzwerktreffen-${counter}`,
      _status: overrides.draft ? 'draft' : 'published',
      eventStatus: overrides.eventStatus ?? 'planned',
      start: start.toISOString(),
      end: new Date(start.getTime() + 2.5 * 60 * 60 * 1000).toISOString(),
      start_tz: 'Europe/Berlin',
      end_tz: 'Europe/Berlin',
      venue: {
        name: 'Kreisverwaltung',
        street: 'Virchowstr. 14-16',
        postalCode: '16816',
        city: 'Neuruppin',
      },
      programme: [{ startTime: '17:00', endTime: '17:30', title: 'Begrüßung' }],
      registration: {
        isOpen: overrides.isOpen ?? true,
        capacity: overrides.capacity === undefined ? 10 : overrides.capacity,
        deadline: overrides.deadline?.toISOString(),
        form: form.id,
      },
      contact: { useOffice: true },
    },
    draft: overrides.draft,
    context: noRevalidate,
  })
}

/** A form token as if the page had been shown a minute ago. */
export const formToken = (payload: Payload, formId: number) =>
  issueFormToken(formId, payload.secret, new Date(Date.now() - 60_000))

export type Answers = Record<string, string | number | boolean>

/** The body the site's form (or an API client) sends. */
export const submissionBody = (payload: Payload, form: Form, answers: Answers, event?: Event) => ({
  form: form.id,
  ...(event ? { event: event.id } : {}),
  submissionData: Object.entries(answers).map(([field, value]) => ({
    field,
    value: String(value),
  })),
  website: '',
  formToken: formToken(payload, form.id),
})

/** Submits as the public does: through every guard, without access override. */
export const submitAsPublic = (
  payload: Payload,
  form: Form,
  answers: Answers,
  event?: Event,
  context: Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'form-submissions',
    data: submissionBody(payload, form, answers, event) as never,
    overrideAccess: false,
    context,
  })

/**
 * Submits as the public does inside a transaction left open: the registration holds its event's
 * seat lock until the caller commits (`payload.db.commitTransaction(transactionID)`).
 */
export const submitAsPublicInOpenTransaction = async (
  payload: Payload,
  form: Form,
  answers: Answers,
  event?: Event,
  context: Record<string, unknown> = {},
) => {
  const transactionID = (await payload.db.beginTransaction()) as string
  const doc = await payload.create({
    collection: 'form-submissions',
    data: submissionBody(payload, form, answers, event) as never,
    overrideAccess: false,
    context,
    req: { transactionID } as never,
  })
  return { transactionID, doc }
}

export const person = (n: number, persons = 1): Answers => ({
  name: `Person ${n}`,
  email: `person${n}@test.example`,
  persons,
})

/** The office's name and address in the site settings: every mail names and copies the office. */
export const setOfficeForMails = (payload: Payload, email = 'buero@opr.example') =>
  payload.updateGlobal({
    slug: 'site-settings',
    data: {
      office: { name: 'Partnerschaft für Demokratie Ostprignitz-Ruppin', email },
      funding: { ministryName: 'Bundesministerium', disclaimer: 'Haftungshinweis' },
    },
    context: { disableRevalidate: true },
  })
