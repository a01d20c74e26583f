import type { Block } from 'payload'

import { collectionSlugs } from '@/collections/slugs'

/** Placeholder until the registration forms exist: shows how to register by e-mail meanwhile. */
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
      name: 'event',
      type: 'relationship',
      relationTo: collectionSlugs.events,
      label: { de: 'Veranstaltung', en: 'Event' },
    },
    { name: 'intro', type: 'textarea', label: { de: 'Einleitung', en: 'Intro' } },
  ],
}
