import type { Field } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { formatEventDateRange } from '@/domain/dates'
import {
  checkProgrammeItemTime,
  type ProgrammeItemField,
  type ProgrammeItemInput,
  scheduleResultFor,
  type ScheduleInput,
} from '@/domain/eventSchedule'

type EventData = ScheduleInput & { registration?: { deadline?: string | null } }

const scheduleOf = (data: unknown): ScheduleInput => {
  const event = (data ?? {}) as EventData
  return { ...event, registrationDeadline: event.registration?.deadline }
}

const dateTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd.MM.yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const

/**
 * A programme item's time, checked at the field itself so that the admin marks the row and the
 * API reports `programme.<n>.startTime`. The rule also covers "required" for the start time,
 * because a custom `validate` replaces Payload's own.
 */
const timeOfDay = (name: ProgrammeItemField, label: string, required: boolean): Field => ({
  name,
  type: 'text',
  required,
  label: { de: label, en: name === 'startTime' ? 'Start time' : 'End time' },
  admin: { placeholder: 'SS:MM', width: '25%' },
  validate: (value: unknown, { data, siblingData }: { data: unknown; siblingData: unknown }) =>
    checkProgrammeItemTime(
      scheduleOf(data),
      { ...(siblingData as ProgrammeItemInput), [name]: value } as ProgrammeItemInput,
      name,
    ) ?? true,
})

export const scheduleFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'start',
        type: 'date',
        required: true,
        index: true,
        timezone: true,
        label: { de: 'Beginn', en: 'Start' },
        admin: { date: dateTime, width: '50%' },
      },
      {
        name: 'end',
        type: 'date',
        required: true,
        timezone: true,
        label: { de: 'Ende', en: 'End' },
        admin: { date: dateTime, width: '50%' },
        validate: (_value: unknown, { data }: { data: unknown }) =>
          scheduleResultFor(scheduleOf(data), 'end'),
      },
    ],
  },
  {
    // Derived, never typed: the weekday in the printed letter was wrong once.
    name: 'dateLine',
    type: 'text',
    virtual: true,
    label: { de: 'Datum (wie auf der Website)', en: 'Date line' },
    admin: { readOnly: true },
    hooks: {
      afterRead: [
        ({ siblingData }) =>
          siblingData?.start ? formatEventDateRange(siblingData.start, siblingData.end) : undefined,
      ],
    },
  },
]

export const venueFields: Field[] = [
  {
    name: 'venue',
    type: 'group',
    label: { de: 'Ort', en: 'Venue' },
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        label: { de: 'Gebäude / Einrichtung', en: 'Name' },
      },
      { name: 'room', type: 'text', label: { de: 'Raum', en: 'Room' } },
      {
        type: 'row',
        fields: [
          { name: 'street', type: 'text', label: { de: 'Straße und Hausnummer', en: 'Street' } },
          {
            name: 'postalCode',
            type: 'text',
            label: { de: 'PLZ', en: 'Postcode' },
            admin: { width: '20%' },
            validate: (value: unknown) =>
              !value ||
              /^\d{5}$/.test(String(value)) ||
              'Bitte eine fünfstellige Postleitzahl angeben.',
          },
          { name: 'city', type: 'text', label: { de: 'Ort', en: 'City' } },
        ],
      },
    ],
  },
  {
    name: 'onlineUrl',
    type: 'text',
    label: { de: 'Online-Teilnahme (Link)', en: 'Online link' },
    validate: (value: unknown) =>
      !value || /^https:\/\/\S+$/.test(String(value)) || 'Bitte einen Link mit https:// angeben.',
  },
]

export const programmeField: Field = {
  name: 'programme',
  type: 'array',
  label: { de: 'Programm', en: 'Programme' },
  labels: {
    singular: { de: 'Programmpunkt', en: 'Programme item' },
    plural: { de: 'Programmpunkte', en: 'Programme items' },
  },
  admin: {
    description: {
      de: 'Uhrzeiten als SS:MM am Tag des Beginns, z. B. 17:30. Sie müssen innerhalb der Veranstaltung liegen.',
      en: 'Times as HH:MM on the start day; they must lie within the event.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        timeOfDay('startTime', 'Beginn', true),
        timeOfDay('endTime', 'Ende (optional)', false),
      ],
    },
    { name: 'title', type: 'text', required: true, label: { de: 'Titel', en: 'Title' } },
    {
      name: 'speakers',
      type: 'text',
      label: { de: 'Mitwirkende / Moderation', en: 'Speakers / hosts' },
    },
    { name: 'description', type: 'textarea', label: { de: 'Beschreibung', en: 'Description' } },
  ],
}

export const contactField: Field = {
  name: 'contact',
  type: 'group',
  label: { de: 'Ansprechperson', en: 'Contact' },
  fields: [
    {
      name: 'useOffice',
      type: 'checkbox',
      defaultValue: true,
      label: {
        de: 'Koordinierungs- und Fachstelle (aus den Website-Einstellungen)',
        en: 'The office (from site settings)',
      },
    },
    {
      type: 'row',
      admin: { condition: (_, sibling) => !sibling?.useOffice },
      fields: [
        { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
        { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
        { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' } },
      ],
    },
  ],
}

export const registrationField: Field = {
  name: 'registration',
  type: 'group',
  label: { de: 'Anmeldung', en: 'Registration' },
  fields: [
    {
      name: 'isOpen',
      type: 'checkbox',
      defaultValue: true,
      label: { de: 'Anmeldung geöffnet', en: 'Registration open' },
    },
    {
      name: 'form',
      type: 'relationship',
      relationTo: collectionSlugs.forms,
      filterOptions: { kind: { equals: 'registration' } },
      label: { de: 'Anmeldeformular', en: 'Registration form' },
      admin: {
        description: {
          de: 'Wird auf der Seite der Veranstaltung angezeigt, solange die Anmeldung möglich ist.',
          en: 'Shown on the event page while registration is possible.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deadline',
          type: 'date',
          timezone: true,
          label: { de: 'Anmeldeschluss', en: 'Deadline' },
          admin: { date: dateTime, width: '50%' },
          validate: (_value: unknown, { data }: { data: unknown }) =>
            scheduleResultFor(scheduleOf(data), 'registrationDeadline'),
        },
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          max: 10000,
          label: { de: 'Plätze (Personen)', en: 'Capacity (persons)' },
          admin: {
            width: '50%',
            description: { de: 'Leer lassen für unbegrenzt.', en: 'Empty for unlimited.' },
          },
        },
      ],
    },
    {
      name: 'reminder',
      type: 'group',
      label: { de: 'Erinnerung vor der Veranstaltung', en: 'Reminder before the event' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'enabled',
              type: 'checkbox',
              defaultValue: true,
              label: { de: 'Erinnerung an bestätigte Personen senden', en: 'Send a reminder' },
              admin: { width: '50%' },
            },
            {
              name: 'daysBefore',
              type: 'number',
              defaultValue: 2,
              min: 1,
              max: 30,
              label: { de: 'Tage vor Beginn', en: 'Days before the start' },
              admin: { width: '50%', condition: (_, sibling) => sibling?.enabled !== false },
            },
          ],
        },
        {
          name: 'reminderTime',
          type: 'ui',
          admin: { components: { Field: '@/components/admin/ReminderTimeNote#ReminderTimeNote' } },
        },
      ],
    },
  ],
}

export const imageField: Field = {
  name: 'image',
  type: 'upload',
  relationTo: collectionSlugs.media,
  label: { de: 'Bild', en: 'Image' },
}
