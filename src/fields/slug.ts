import type { Field } from 'payload'

import { isValidSlug, slugify } from '@/domain/slugify'

/**
 * A unique URL part, filled from `sourceField` when left empty; editors may override it.
 * `reserved` lists slugs that would collide with fixed routes of the site.
 */
export const slugField = (sourceField = 'title', reserved: string[] = []): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: { de: 'Kurzname in der Adresse', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      de: 'Wird aus dem Titel erzeugt, wenn das Feld leer bleibt. Nur Kleinbuchstaben, Ziffern und Bindestriche.',
      en: 'Generated from the title when empty. Lowercase letters, digits and hyphens only.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        const source = data?.[sourceField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  validate: (value: unknown) => {
    if (typeof value !== 'string' || !isValidSlug(value)) {
      return 'Bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden (z. B. „auftaktkonferenz-2025“).'
    }
    if (reserved.includes(value)) {
      return `„${value}“ ist schon eine feste Adresse der Website; bitte einen anderen Kurznamen wählen.`
    }
    return true
  },
})
