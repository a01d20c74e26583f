import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, Field, Plugin } from 'payload'

/**
 * The date picker (react-datepicker inside Payload's date field, 3.90.1) names its parts in
 * English unless told otherwise ("Time" above the times, "Previous Month", "Choose …" before each
 * day for screen readers). Payload hands a date field's `admin.date.overrides` to it unchanged.
 */
export const germanDatePickerLabels = {
  timeCaption: 'Uhrzeit',
  timeInputLabel: 'Uhrzeit',
  previousMonthAriaLabel: 'Vorheriger Monat',
  previousMonthButtonLabel: 'Vorheriger Monat',
  nextMonthAriaLabel: 'Nächster Monat',
  nextMonthButtonLabel: 'Nächster Monat',
  previousYearAriaLabel: 'Vorheriges Jahr',
  previousYearButtonLabel: 'Vorheriges Jahr',
  nextYearAriaLabel: 'Nächstes Jahr',
  nextYearButtonLabel: 'Nächstes Jahr',
  chooseDayAriaLabelPrefix: 'Auswählen:',
  disabledDayAriaLabelPrefix: 'Nicht verfügbar:',
  weekAriaLabelPrefix: 'Woche',
  monthAriaLabelPrefix: 'Monat',
}

const withGermanDatePickers = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') {
      const date = field.admin?.date
      return {
        ...field,
        admin: {
          ...field.admin,
          date: { ...date, overrides: { ...germanDatePickerLabels, ...date?.overrides } },
        },
      }
    }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withGermanDatePickers(tab.fields) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({
          ...block,
          fields: withGermanDatePickers(block.fields),
        })),
      }
    if ('fields' in field) return { ...field, fields: withGermanDatePickers(field.fields) }
    return field
  })

type Labels = NonNullable<CollectionConfig['labels']>
type Label = Labels['singular']

/**
 * Some admin parts (3.90.1: the "+" on the dashboard's cards, the "create new" button of upload and
 * relationship fields) put a collection's label into their text without translating it, so a
 * `{ de, en }` label reads "[object Object] erstellen". A label function is resolved to the
 * reader's language before any of them sees it.
 */
const inReadersLanguage = (label: Label): Label =>
  label && typeof label === 'object' ? ({ i18n }) => getTranslation(label, i18n) : label

const withLabelsInReadersLanguage = (labels: Labels | undefined): Labels | undefined =>
  labels && {
    singular: inReadersLanguage(labels.singular),
    plural: inReadersLanguage(labels.plural),
  }

/** The admin speaks German throughout, also where Payload would fall back to English. */
export const adminInGerman: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    labels: withLabelsInReadersLanguage(collection.labels),
    fields: withGermanDatePickers(collection.fields),
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    fields: withGermanDatePickers(global.fields),
  })),
})
