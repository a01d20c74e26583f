import type { Block } from 'payload'

import { collectionSlugs } from '@/config/slugs'

export const ProgrammeBlock: Block = {
  slug: 'programme',
  interfaceName: 'ProgrammeBlock',
  labels: {
    singular: { de: 'Programm', en: 'Programme' },
    plural: { de: 'Programme', en: 'Programmes' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      defaultValue: 'Programm',
      label: { de: 'Überschrift', en: 'Heading' },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: collectionSlugs.events,
      required: true,
      label: { de: 'Veranstaltung', en: 'Event' },
    },
  ],
}
