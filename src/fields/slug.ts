import type { Field } from 'payload'

import { isValidSlug, slugify } from '@/domain/slugify'

/** A unique URL part, filled from `sourceField` when left empty; editors may override it. */
export const slugField = (sourceField = 'title'): Field => ({
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
  validate: (value: unknown) =>
    (typeof value === 'string' && isValidSlug(value)) ||
    'Bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden (z. B. „auftaktkonferenz-2025“).',
})
