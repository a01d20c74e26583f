import type { Block } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/** Registration for one event, through a form of the kind "Anmeldung". */
export const RegistrationFormBlock: Block = {
  slug: 'registrationForm',
  interfaceName: 'RegistrationFormBlock',
  labels: {
    singular: { de: 'Anmeldeformular', en: 'Registration form' },
    plural: { de: 'Anmeldeformulare', en: 'Registration forms' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      defaultValue: 'Anmeldung',
      label: { de: 'Überschrift', en: 'Heading' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'form',
          type: 'relationship',
          relationTo: collectionSlugs.forms,
          required: true,
          filterOptions: { kind: { equals: 'registration' } },
          label: { de: 'Formular', en: 'Form' },
          admin: { width: '50%' },
        },
        {
          name: 'event',
          type: 'relationship',
          relationTo: collectionSlugs.events,
          required: true,
          label: { de: 'Veranstaltung', en: 'Event' },
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'intro', type: 'textarea', label: { de: 'Einleitung', en: 'Intro' } },
  ],
}
