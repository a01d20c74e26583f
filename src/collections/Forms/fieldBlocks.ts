import { fields as builderBlocks } from '@payloadcms/plugin-form-builder'
import type { Block, Field } from 'payload'

import { consentPurposeLabels, consentPurposes, submissionColumns } from '@/domain/forms/definition'
import { selectOptions } from '@/fields/selectOptions'

const columnLabels: Record<(typeof submissionColumns)[number], string> = {
  name: 'Name',
  organisation: 'Organisation',
  email: 'E-Mail-Adresse (für Bestätigungen)',
  phone: 'Telefon',
  persons: 'Anzahl Personen',
  municipality: 'Kommune (nur Werte aus der Liste der Kommunen)',
  organisationKind: 'Art der Organisation (nur Werte aus der Liste)',
  supportNeeds: 'Unterstützungsbedarf (wird früh gelöscht)',
  message: 'Nachricht',
  pageReference: 'Betroffene Seite oder Inhalt (Barriere melden)',
}

/** Lets coordinators see an answer in its own list column instead of inside the answer list. */
const columnField: Field = {
  name: 'column',
  type: 'select',
  defaultValue: 'none',
  label: { de: 'Spalte in den Einsendungen', en: 'Submission column' },
  admin: {
    description: {
      de: 'Damit die Antwort in der Liste der Einsendungen als eigene Spalte erscheint. Die E-Mail-Spalte erhält Bestätigungen und Abmelde-Links.',
      en: 'Shows the answer as its own column; the e-mail column receives confirmations.',
    },
  },
  options: [
    { label: { de: 'Keine', en: 'None' }, value: 'none' },
    ...selectOptions(submissionColumns, columnLabels),
  ],
}

const consentPurposeField: Field = {
  name: 'consentPurpose',
  type: 'select',
  defaultValue: 'none',
  label: { de: 'Freiwillige Einwilligung für', en: 'Optional consent for' },
  admin: {
    description: {
      de: 'Nur für freiwillige Zusatz-Einwilligungen. Zeitpunkt und Wortlaut werden gespeichert; die Einwilligung kann über einen Link widerrufen werden. Nie als Pflichtfeld anlegen.',
      en: 'Only for optional consents; time and wording are stored.',
    },
  },
  options: [
    { label: { de: 'Keine Einwilligung', en: 'Not a consent' }, value: 'none' },
    ...selectOptions(consentPurposes, consentPurposeLabels),
  ],
}

const rangeFields: Field = {
  type: 'row',
  fields: [
    { name: 'min', type: 'number', label: { de: 'Mindestwert', en: 'Minimum' } },
    { name: 'max', type: 'number', label: { de: 'Höchstwert', en: 'Maximum' } },
  ],
}

const withFields = (block: Block, extra: Field[]): Block => ({
  ...block,
  fields: [...block.fields, ...extra],
})

/** The form builder's field types we offer, each extended by what our submissions need. */
export const formFieldBlocks = {
  text: withFields(builderBlocks.text as Block, [columnField]),
  email: withFields(builderBlocks.email as Block, [columnField]),
  textarea: withFields(builderBlocks.textarea as Block, [columnField]),
  number: withFields(builderBlocks.number as Block, [rangeFields, columnField]),
  select: withFields(builderBlocks.select as Block, [columnField]),
  checkbox: withFields(builderBlocks.checkbox as Block, [consentPurposeField]),
  message: true,
  // Not needed for the office's forms; country/state lists are US-centred.
  country: false,
  state: false,
  payment: false,
  upload: false,
} as const
