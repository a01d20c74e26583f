import type { Block } from 'payload'

import { partnerCategories } from '@/domain/partnerCategories'

export const PartnerGridBlock: Block = {
  slug: 'partnerGrid',
  interfaceName: 'PartnerGridBlock',
  labels: {
    singular: { de: 'Partnerorganisationen', en: 'Partner grid' },
    plural: { de: 'Partnerorganisationen', en: 'Partner grids' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      defaultValue: 'Unsere Partner:innen',
      label: { de: 'Überschrift', en: 'Heading' },
    },
    { name: 'intro', type: 'textarea', label: { de: 'Einleitung', en: 'Intro' } },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      options: partnerCategories.map(({ value, label }) => ({ value, label })),
      label: { de: 'Nur diese Bereiche (leer: alle)', en: 'Only these categories' },
    },
  ],
}
