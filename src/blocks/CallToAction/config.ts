import type { Block } from 'payload'

import { linkFields } from '@/fields/link'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: {
    singular: { de: 'Handlungsaufruf', en: 'Call to action' },
    plural: { de: 'Handlungsaufrufe', en: 'Calls to action' },
  },
  fields: [
    { name: 'heading', type: 'text', required: true, label: { de: 'Überschrift', en: 'Heading' } },
    { name: 'text', type: 'textarea', label: { de: 'Text', en: 'Text' } },
    {
      name: 'links',
      type: 'array',
      maxRows: 2,
      label: { de: 'Schaltflächen', en: 'Buttons' },
      fields: linkFields(),
    },
  ],
}
