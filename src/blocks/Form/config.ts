import type { Block } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/** Any other form (partnership declaration, questions and ideas) embedded in a page. */
export const FormBlock: Block = {
  slug: 'formBlock',
  interfaceName: 'FormBlock',
  labels: {
    singular: { de: 'Formular', en: 'Form' },
    plural: { de: 'Formulare', en: 'Forms' },
  },
  fields: [
    { name: 'heading', type: 'text', label: { de: 'Überschrift', en: 'Heading' } },
    {
      name: 'form',
      type: 'relationship',
      relationTo: collectionSlugs.forms,
      required: true,
      filterOptions: { kind: { not_equals: 'registration' } },
      label: { de: 'Formular', en: 'Form' },
    },
    { name: 'intro', type: 'textarea', label: { de: 'Einleitung', en: 'Intro' } },
  ],
}
