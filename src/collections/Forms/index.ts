import type { PluginConfig } from '@payloadcms/plugin-form-builder/types'
import type { Field } from 'payload'

import { anyone, isEditorOrAdmin } from '@/access/roles'
import { formKindLabels, formKinds } from '@/domain/forms/kinds'
import { revalidateOnChange, revalidateOnDelete } from '@/lib/revalidate'
import { guardFormDeletion } from './hooks/guardFormDeletion'
import { mailTextsField } from './mailTexts'
import { selectOptions } from '@/fields/selectOptions'

const kindField: Field = {
  name: 'kind',
  type: 'select',
  required: true,
  defaultValue: 'contact',
  label: { de: 'Art des Formulars', en: 'Kind of form' },
  options: selectOptions(formKinds, formKindLabels),
  admin: {
    position: 'sidebar',
    description: {
      de: 'Anmeldungen zählen Plätze und führen eine Warteliste; die Veranstaltung wird dort gewählt, wo das Formular eingebunden ist.',
      en: 'Registrations count seats and keep a waiting list.',
    },
  },
}

/**
 * Overrides for the form builder's `forms` collection. Its own `emails` list is left out: it sends
 * during the request, while our mails go through the outbox so that an SMTP outage loses none.
 */
export const formOverrides: PluginConfig['formOverrides'] = {
  labels: {
    singular: { de: 'Formular', en: 'Form' },
    plural: { de: 'Formulare', en: 'Forms' },
  },
  admin: {
    group: { de: 'Formulare', en: 'Forms' },
    defaultColumns: ['title', 'kind', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  // pages show forms from the content cache
  hooks: {
    afterChange: [revalidateOnChange],
    beforeDelete: [guardFormDeletion],
    afterDelete: [revalidateOnDelete],
  },
  fields: ({ defaultFields }) => [
    ...defaultFields.filter((field) => !('name' in field && field.name === 'emails')),
    kindField,
    mailTextsField,
  ],
}
