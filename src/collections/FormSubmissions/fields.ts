import type { Field } from 'payload'

import { isCoordinatorOrAdmin, nobody } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { consentPurposes, maxLengths } from '@/domain/forms/definition'
import {
  formKindLabels,
  formKinds,
  submissionStatusLabels,
  submissionStatuses,
} from '@/domain/forms/kinds'
import { isValidPersonCount, maxPersonsPerRegistration } from '@/domain/registration/rules'
import {
  listedMunicipalities,
  organisationKindValues,
  registrationOrganisationKinds,
} from '@/domain/partnerCategories'
import { selectOptions } from '@/fields/selectOptions'
import { submissionMessages } from '@/messages/submission'

const readOnly = { readOnly: true } as const

/** "01.12.2026, 04:05 Uhr" instead of Payload's "Dez. 1, 2026 3:05 vorm.". */
const dateAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: "dd.MM.yyyy, HH:mm 'Uhr'",
} as const

/**
 * Written on arrival or by a recorded action (a hook, an endpoint, a job), never by a request:
 * the answers, the consents and the history are evidence, and a coordinator's REST call must not
 * rewrite them. What a submission is and which event it holds seats in are decided on arrival
 * too; moving a registration to another event would skip that event's seat rules.
 */
export const serverWritten = { update: nobody }

const text = (name: string, de: string, en: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'text',
    label: { de, en },
    admin: readOnly,
    access: serverWritten,
    ...extra,
  }) as Field

/**
 * Contact details the coordinator may correct (a typo in a name or an address); the correction is
 * recorded in the history with the old value (`recordContactCorrection`).
 */
const correctable = {
  access: { update: isCoordinatorOrAdmin },
  admin: {
    width: '50%',
    description: {
      de: 'Korrigierbar; die alte Angabe bleibt im Statusverlauf. Es wird keine E-Mail verschickt.',
      en: 'Correctable; the old value stays in the status history. No mail is sent.',
    },
  },
} as const

/**
 * Municipality and kind of organisation survive the retention periods as anonymous figures for
 * the funder; that is only sound for category values, so free text is refused here (the one
 * authority, whatever form or request filled the column). Checked when it changes, so a row
 * stored before this rule can still be changed otherwise.
 */
const listedOnly =
  (listed: readonly string[], message: string) =>
  (value: unknown, { previousValue }: { previousValue?: unknown }) =>
    value == null || value === '' || value === previousValue || listed.includes(value as string)
      ? true
      : message

/** Typed columns derived from the answers on arrival, so coordinators can sort and filter. */
export const submissionColumnFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        index: true,
        access: serverWritten,
        label: { de: 'Art', en: 'Kind' },
        options: selectOptions(formKinds, formKindLabels),
        admin: { ...readOnly, width: '33%' },
      },
      {
        name: 'event',
        type: 'relationship',
        relationTo: collectionSlugs.events,
        index: true,
        access: serverWritten,
        label: { de: 'Veranstaltung', en: 'Event' },
        admin: { ...readOnly, width: '33%' },
      },
      {
        name: 'status',
        type: 'select',
        index: true,
        label: { de: 'Status', en: 'Status' },
        options: submissionStatuses.map((value) => ({
          label: submissionStatusLabels[value],
          value,
        })),
        admin: {
          width: '33%',
          description: {
            de: 'Eine Änderung prüft freie Plätze, lässt von der Warteliste nachrücken und verschickt die passende E-Mail.',
            en: 'Changing it checks capacity, promotes from the waiting list and sends mails.',
          },
        },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      text('name', 'Name', 'Name', { index: true, maxLength: maxLengths.short, ...correctable }),
      text('organisation', 'Organisation', 'Organisation', {
        maxLength: maxLengths.short,
        ...correctable,
      }),
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'email',
        type: 'email',
        index: true,
        label: { de: 'E-Mail', en: 'E-mail' },
        ...correctable,
      },
      text('phone', 'Telefon', 'Phone', { admin: { ...readOnly, width: '50%' } }),
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'persons',
        type: 'number',
        label: { de: 'Personen', en: 'Persons' },
        // Checked when it changes, so a row stored before this rule can still be cancelled.
        validate: (value: unknown, { previousValue }: { previousValue?: unknown }) =>
          value === previousValue ||
          (value == null && previousValue == null) ||
          isValidPersonCount(value)
            ? true
            : submissionMessages.invalidPersons,
        access: { update: isCoordinatorOrAdmin },
        min: 1,
        max: maxPersonsPerRegistration,
        admin: {
          width: '33%',
          description: {
            de: 'Änderbar; mehr Personen brauchen freie Plätze. Die alte Zahl bleibt im Statusverlauf, es wird keine E-Mail verschickt.',
            en: 'Changeable; more persons need free seats. The old count stays in the status history; no mail is sent.',
          },
        },
      },
      text('municipality', 'Kommune', 'Municipality', {
        validate: listedOnly(listedMunicipalities, submissionMessages.invalidMunicipality),
        admin: { ...readOnly, width: '33%' },
      }),
      {
        name: 'organisationKind',
        type: 'select',
        access: serverWritten,
        label: { de: 'Art der Organisation', en: 'Kind of organisation' },
        options: registrationOrganisationKinds.map(({ value, label }) => ({ label, value })),
        validate: listedOnly(organisationKindValues, submissionMessages.invalidOrganisationKind),
        admin: { ...readOnly, width: '33%' },
      },
    ],
  },
  {
    name: 'supportNeeds',
    type: 'textarea',
    // Changed by the person through their link (server code) and removed after the event.
    access: serverWritten,
    label: { de: 'Unterstützungsbedarf / Barrierefreiheit', en: 'Support needs' },
    admin: {
      ...readOnly,
      description: {
        de: 'Kann Gesundheitsdaten enthalten; wird nach der Veranstaltung automatisch gelöscht.',
        en: 'May contain health data; deleted automatically after the event.',
      },
    },
  },
  {
    name: 'message',
    type: 'textarea',
    access: serverWritten,
    label: { de: 'Nachricht', en: 'Message' },
    admin: readOnly,
  },
  text('pageReference', 'Betroffene Seite oder Inhalt', 'Page or content concerned', {
    admin: { ...readOnly, condition: (data) => data?.kind === 'barrier' },
  }),
  {
    // BbgBITV feedback: a reported barrier is answered within 30 days.
    name: 'dueAt',
    type: 'date',
    access: serverWritten,
    index: true,
    label: { de: 'Antwort fällig bis', en: 'Answer due by' },
    admin: {
      ...readOnly,
      position: 'sidebar',
      condition: (data) => data?.kind === 'barrier',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
      description: {
        de: 'Gemeldete Barrieren werden binnen 30 Tagen beantwortet. Danach den Status auf „erledigt“ setzen.',
        en: 'Reported barriers are answered within 30 days; then set the status to done.',
      },
    },
  },
]

/** Optional extras the person agreed to, with wording and time, so consent can be proven and revoked. */
export const consentsField: Field = {
  name: 'consents',
  type: 'array',
  // Granted on arrival, revoked through the person's link: proof for both, never typed.
  access: serverWritten,
  label: { de: 'Freiwillige Einwilligungen', en: 'Optional consents' },
  labels: {
    singular: { de: 'Einwilligung', en: 'Consent' },
    plural: { de: 'Einwilligungen', en: 'Consents' },
  },
  admin: {
    ...readOnly,
    components: { Field: '@/components/admin/SubmissionConsents#SubmissionConsents' },
  },
  fields: [
    {
      name: 'purpose',
      type: 'select',
      label: { de: 'Zweck', en: 'Purpose' },
      options: consentPurposes.map((value) => ({ label: value, value })),
    },
    { name: 'wording', type: 'textarea', label: { de: 'Wortlaut', en: 'Wording' } },
    { name: 'version', type: 'text', label: { de: 'Fassung', en: 'Version' } },
    { name: 'grantedAt', type: 'date', label: { de: 'Erteilt am', en: 'Granted at' } },
    { name: 'revokedAt', type: 'date', label: { de: 'Widerrufen am', en: 'Revoked at' } },
  ],
}

export const internalNoteField: Field = {
  name: 'internalNote',
  type: 'textarea',
  maxLength: 5000,
  label: { de: 'Interne Notiz', en: 'Internal note' },
  access: {
    read: isCoordinatorOrAdmin,
    create: isCoordinatorOrAdmin,
    update: isCoordinatorOrAdmin,
  },
  admin: { position: 'sidebar' },
}

/** Who changed the status when; written by hooks only. */
export const statusHistoryField: Field = {
  name: 'statusHistory',
  type: 'array',
  access: serverWritten,
  label: { de: 'Statusverlauf', en: 'Status history' },
  labels: {
    singular: { de: 'Änderung', en: 'Change' },
    plural: { de: 'Änderungen', en: 'Changes' },
  },
  admin: {
    ...readOnly,
    components: { Field: '@/components/admin/SubmissionHistory#SubmissionHistory' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          type: 'select',
          label: { de: 'Von', en: 'From' },
          options: submissionStatuses.map((value) => ({
            label: submissionStatusLabels[value],
            value,
          })),
        },
        {
          name: 'to',
          type: 'select',
          label: { de: 'Zu', en: 'To' },
          options: submissionStatuses.map((value) => ({
            label: submissionStatusLabels[value],
            value,
          })),
        },
        {
          name: 'at',
          type: 'date',
          label: { de: 'Zeitpunkt', en: 'At' },
          admin: { date: dateAndTime },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'by',
          type: 'relationship',
          relationTo: collectionSlugs.users,
          label: { de: 'Durch', en: 'By' },
        },
        { name: 'actor', type: 'text', label: { de: 'Auslöser', en: 'Actor' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'overCapacity',
          type: 'checkbox',
          label: { de: 'Über die Kapazität bestätigt', en: 'Confirmed beyond capacity' },
        },
        { name: 'reason', type: 'text', label: { de: 'Grund', en: 'Reason' } },
      ],
    },
  ],
}

/** At the door: who let the registration in, and when. Set by the check-in toggle, never typed. */
export const checkInFields: Field[] = [
  {
    name: 'checkedIn',
    type: 'checkbox',
    defaultValue: false,
    label: { de: 'Eingecheckt', en: 'Checked in' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'checkedInAt',
    type: 'date',
    access: serverWritten,
    label: { de: 'Eingecheckt am', en: 'Checked in at' },
    admin: { ...readOnly, position: 'sidebar', date: dateAndTime },
  },
  {
    name: 'checkedInBy',
    type: 'relationship',
    access: serverWritten,
    relationTo: collectionSlugs.users,
    label: { de: 'Eingecheckt von', en: 'Checked in by' },
    admin: { ...readOnly, position: 'sidebar' },
  },
]

export const lifecycleFields: Field[] = [
  {
    // Set in the same statement that queues the reminder: one reminder per person and date, also
    // with several job runners at once. Written by the reminder job only.
    name: 'remindedForStart',
    type: 'date',
    access: { create: () => false, update: () => false },
    label: { de: 'Erinnerung versendet für Termin', en: 'Reminder sent for start' },
    admin: {
      ...readOnly,
      position: 'sidebar',
      date: dateAndTime,
      condition: (data) => Boolean(data?.remindedForStart),
    },
  },
  {
    // Set by the retention job and the erasure on request only.
    name: 'anonymisedAt',
    type: 'date',
    access: serverWritten,
    label: { de: 'Personendaten gelöscht am', en: 'Personal data removed at' },
    admin: { ...readOnly, position: 'sidebar', date: dateAndTime },
  },
]

/** The coordinator's action on a partnership declaration (`PartnerDraftButton`). */
export const partnerDraftField: Field = {
  name: 'partnerDraft',
  type: 'ui',
  admin: {
    position: 'sidebar',
    condition: (data) => data?.kind === 'partnership',
    components: { Field: '@/components/admin/PartnerDraftButton#PartnerDraftButton' },
  },
}
