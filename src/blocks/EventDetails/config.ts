import type { Block } from 'payload'

import { collectionSlugs } from '@/config/slugs'

export const EventDetailsBlock: Block = {
  slug: 'eventDetails',
  interfaceName: 'EventDetailsBlock',
  labels: {
    singular: { de: 'Veranstaltung (Termin, Ort, Programm)', en: 'Event details' },
    plural: { de: 'Veranstaltungen', en: 'Event details' },
  },
  fields: [
    { name: 'heading', type: 'text', label: { de: 'Überschrift (optional)', en: 'Heading' } },
    {
      name: 'event',
      type: 'relationship',
      relationTo: collectionSlugs.events,
      required: true,
      label: { de: 'Veranstaltung', en: 'Event' },
    },
    {
      name: 'showProgramme',
      type: 'checkbox',
      defaultValue: true,
      label: { de: 'Programm anzeigen', en: 'Show programme' },
    },
  ],
}
