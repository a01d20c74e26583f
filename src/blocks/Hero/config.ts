import type { Block } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { linkFields } from '@/fields/link'

export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: { de: 'Aufmacher', en: 'Hero' }, plural: { de: 'Aufmacher', en: 'Heroes' } },
  fields: [
    { name: 'eyebrow', type: 'text', label: { de: 'Dachzeile', en: 'Eyebrow' } },
    { name: 'heading', type: 'text', required: true, label: { de: 'Überschrift', en: 'Heading' } },
    { name: 'text', type: 'textarea', label: { de: 'Text', en: 'Text' } },
    {
      name: 'image',
      type: 'upload',
      relationTo: collectionSlugs.media,
      label: { de: 'Bild', en: 'Image' },
    },
    {
      name: 'links',
      type: 'array',
      maxRows: 2,
      label: { de: 'Schaltflächen', en: 'Buttons' },
      fields: linkFields(),
    },
  ],
}
