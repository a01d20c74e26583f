import type { Field } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/** A link to a page or event of the site, or to another address; one definition for all blocks. */
export const linkFields = (): Field[] => [
  {
    name: 'label',
    type: 'text',
    required: true,
    maxLength: 120,
    label: { de: 'Beschriftung', en: 'Label' },
  },
  {
    name: 'type',
    type: 'radio',
    defaultValue: 'internal',
    label: { de: 'Ziel', en: 'Target' },
    options: [
      { value: 'internal', label: { de: 'Seite oder Veranstaltung', en: 'Page or event' } },
      { value: 'custom', label: { de: 'Andere Adresse', en: 'Other address' } },
    ],
    admin: { layout: 'horizontal' },
  },
  {
    name: 'reference',
    type: 'relationship',
    relationTo: [collectionSlugs.pages, collectionSlugs.events],
    label: { de: 'Seite oder Veranstaltung', en: 'Page or event' },
    admin: { condition: (_, sibling) => sibling?.type !== 'custom' },
    validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
      siblingData?.type === 'custom' ||
      Boolean(value) ||
      'Bitte eine Seite oder Veranstaltung wählen.',
  },
  {
    name: 'url',
    type: 'text',
    label: { de: 'Adresse', en: 'URL' },
    admin: { condition: (_, sibling) => sibling?.type === 'custom' },
    validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) => {
      if (siblingData?.type !== 'custom') return true
      return (
        (typeof value === 'string' && /^(https?:\/\/|mailto:|tel:|\/)/.test(value)) ||
        'Bitte eine Adresse mit https://, mailto:, tel: oder / am Anfang angeben.'
      )
    },
  },
]
